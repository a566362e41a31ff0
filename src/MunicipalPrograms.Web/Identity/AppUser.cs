using Microsoft.AspNetCore.Identity;

namespace MunicipalPrograms.Web.Identity;

/// <summary>
/// A portal account. An executor is bound to a department; Finance and Viewer may be bound to a
/// municipality (null: every municipality on this server, as the administrator is).
/// </summary>
public class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public int? DepartmentId { get; set; }
    public int? MunicipalityId { get; set; }
    /// <summary>Set when an administrator issued a one-time password: until changed, the user may do nothing else.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>How this user wants the portal's e-mails (the bell counts every notification whatever the choice).</summary>
    public Domain.Notifications.EmailMode EmailMode { get; set; } = Domain.Notifications.EmailMode.Immediate;
}
