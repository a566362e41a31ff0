using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Administration;

/// <summary>
/// What an administrator may administer: a server administrator (no municipality) every municipality and creating new
/// ones; a municipal administrator only its own municipality. Anyone else nothing.
/// </summary>
public sealed record AdminScope(string UserName, int? MunicipalityId)
{
    public bool IsServerAdministrator => MunicipalityId is null;

    public bool Covers(int municipalityId) => MunicipalityId is null || MunicipalityId == municipalityId;

    public static AdminScope? From(UserScope user) =>
        user.Role == Roles.Administrator ? new AdminScope(user.UserName, user.MunicipalityId) : null;
}
