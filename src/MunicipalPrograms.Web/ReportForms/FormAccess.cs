using System.Security.Claims;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// Who may open which form: one rule for the authorization of <c>/forms/…</c> and for the links the screens show,
/// so no screen offers a link that answers 403. A program's forms follow the program's visibility (a foreign program
/// is a 404 there); forms over all programs are the finance department's, administrators' and viewers'.
/// </summary>
public static class FormAccess
{
    /// <summary>The roles of <c>[Authorize]</c> on the forms over all programs.</summary>
    public const string AllProgramsRoles = Roles.FinanceOrAdministrator + "," + Roles.Viewer;

    public static bool MayOpen(ClaimsPrincipal user, FormDefinition form) =>
        form.Scope != FormScope.AllPrograms || AllProgramsRoles.Split(',').Any(user.IsInRole);
}
