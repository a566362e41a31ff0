using MunicipalPrograms.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>The link from a program's page to its open draft («Проект программы» / «Проект изменений»), nothing when none is open.</summary>
public sealed class DraftLinkViewComponent(ProgramDraftService drafts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int programId)
    {
        var draft = await drafts.DraftOfAsync(programId, HttpContext.RequestAborted);
        return draft is null ? Content("") : View((programId, PlanCaptions.Of(draft.Kind), PlanCaptions.Of(draft.Status)));
    }
}
