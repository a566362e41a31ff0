using System.Text.RegularExpressions;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>A portal account as the administrator types it. The login is set once, at creation.</summary>
public sealed partial class UserForm
{
    public const int UserNameMaxLength = 64;
    public const int NameMaxLength = 300;
    public const int EmailMaxLength = 256;

    /// <summary>The account's id; empty for a new one.</summary>
    public string? Id { get; set; }
    public string? UserName { get; set; }
    public string? FullName { get; set; }
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Role { get; set; }
    public int? MunicipalityId { get; set; }
    public int? DepartmentId { get; set; }

    public bool Creating => string.IsNullOrEmpty(Id);

    [GeneratedRegex("^[A-Za-z0-9.-]+$")]
    private static partial Regex LoginPattern();

    public static UserForm From(AppUser u, string role) => new()
    {
        Id = u.Id, UserName = u.UserName, FullName = u.FullName, Position = u.Position, Email = u.Email, Role = role,
        MunicipalityId = u.MunicipalityId, DepartmentId = u.DepartmentId,
    };

    /// <summary>Checks what the form alone can tell and writes the fields to the account (the login only when creating).</summary>
    public bool ApplyTo(AppUser u, FormErrors errors)
    {
        if (Creating)
        {
            var login = errors.Text(UserName, UserNameMaxLength, nameof(UserName), "Укажите имя пользователя (логин), например ivanova.ea.");
            if (login is not null && !LoginPattern().IsMatch(login))
                errors.Add(nameof(UserName), "Логин может содержать только латинские буквы, цифры, точку и дефис.");
            u.UserName = login ?? "";
        }
        u.FullName = errors.Text(FullName, NameMaxLength, nameof(FullName), "Укажите фамилию, имя и отчество.") ?? "";
        u.Position = errors.Text(Position, NameMaxLength, nameof(Position));
        u.Email = errors.Text(Email, EmailMaxLength, nameof(Email));
        if (u.Email is not null && !IsEmail(u.Email)) errors.Add(nameof(Email), $"«{u.Email}» — не адрес электронной почты. Пример: ivanova@admin.ru.");
        if (Role is null || !Roles.All.Contains(Role)) errors.Add(nameof(Role), "Выберите роль из списка.");
        u.MunicipalityId = MunicipalityId;
        u.DepartmentId = DepartmentId;
        return !errors.Any;
    }

    private static bool IsEmail(string text) =>
        System.Net.Mail.MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');
}
