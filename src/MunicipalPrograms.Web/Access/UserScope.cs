using System.Security.Claims;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Access;

/// <summary>Who is asking, reduced to what the access rules need. Built from the sign-in cookie's claims.</summary>
public sealed record UserScope(string UserName, string Role, int? DepartmentId, int? MunicipalityId)
{
    public const string DepartmentClaim = "mp:department";
    public const string MunicipalityClaim = "mp:municipality";
    public const string FullNameClaim = "mp:full_name";

    public bool IsFinance => Role is Roles.Finance or Roles.Administrator;

    /// <summary>
    /// What decides which programs the user sees (ProgramAccess): role, department, municipality — without the name, so what
    /// is kept per user scope is shared by colleagues with the same rights. A method: a property would recurse in ToString.
    /// </summary>
    public UserScope Visibility() => this with { UserName = "" };

    public static UserScope From(ClaimsPrincipal user)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "";
        return new UserScope(user.Identity?.Name ?? "", role, IntClaim(user, DepartmentClaim), IntClaim(user, MunicipalityClaim));
    }

    private static int? IntClaim(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), out var value) ? value : null;
}
