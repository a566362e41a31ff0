using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Access;

namespace MunicipalPrograms.Web.ProgramEditing.Versions;

/// <summary>The draft and lifecycle panel of the program page (<c>Views/ProgramVersions/_DraftPanel.cshtml</c>).</summary>
public sealed class DraftPanelViewComponent(ProgramVersionQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int programId)
    {
        var panel = await queries.PanelAsync(programId, UserScope.From(UserClaimsPrincipal), HttpContext.RequestAborted);
        return panel is null ? Content("") : View("~/Views/ProgramVersions/_DraftPanel.cshtml", panel);
    }
}
