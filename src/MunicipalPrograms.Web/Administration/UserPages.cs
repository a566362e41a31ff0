using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Administration;

/// <summary>The list's search and filters, all in the query string: text in login or name, municipality, role, state.</summary>
public sealed record UserFilter(string? Q, int? M, string? Role, string? State)
{
    public const string Active = "active";
    public const string Blocked = "blocked";
    public const string MustChange = "must_change";

    public static readonly (string Value, string Caption)[] States =
        [(Active, "действующие"), (Blocked, "заблокированные"), (MustChange, "не сменили временный пароль")];
}

/// <summary>An account in the list.</summary>
public sealed record UserRow(string Id, string UserName, string FullName, string? Position, string? Role, string? Municipality,
    string? Department, bool Blocked, bool MustChangePassword)
{
    public string RoleCaption => Role is null ? "—" : Roles.Caption(Role);
}

public sealed record UsersPage(AdminScope Scope, UserFilter Filter, IReadOnlyList<UserRow> Rows, IReadOnlyList<Municipality> Municipalities);

/// <summary>The form of one account with what it may choose: the municipalities in scope and their open departments.</summary>
public sealed record UserPage(AdminScope Scope, UserForm Form, UserRow? Current, IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Department> Departments);

/// <summary>The result page that shows a one-time password once; nothing keeps it after the response.</summary>
public sealed record IssuedPassword(string UserId, string UserName, string FullName, string Password, bool Created);
