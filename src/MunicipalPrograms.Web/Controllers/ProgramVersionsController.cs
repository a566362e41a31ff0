using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.ProgramEditing.Versions;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>
/// A program's drafts, редакции and lifecycle: the workflow of the draft (open, send, return, agree, approve by act),
/// completion or early termination, the list of редакции, the program as of a day and the diff of two редакции.
/// Refused steps come back as the panel with the messages (and the typed values) on a page of its own.
/// </summary>
[Route("Programs/{id:int}")]
public sealed class ProgramVersionsController(ProgramDraftService drafts, ProgramLifecycleService lifecycle, ProgramVersionQueries queries) : Controller
{
    [HttpGet("Versions")]
    public async Task<IActionResult> Index(int id, CancellationToken ct) =>
        await queries.ListAsync(id, UserScope.From(User), ct) is { } page ? View(page) : NotFound();

    [HttpGet("AsOf")]
    public async Task<IActionResult> AsOf(int id, string? date, CancellationToken ct) =>
        await queries.AsOfAsync(id, date, UserScope.From(User), ct) is { } page ? View(page) : NotFound();

    [HttpGet("Diff")]
    public async Task<IActionResult> Diff(int id, int? from, int? to, int? draft, CancellationToken ct)
    {
        var user = UserScope.From(User);
        if (draft == 1)
        {
            if (await queries.PanelAsync(id, user, ct) is not { } panel) return NotFound();
            if (!ProgramDraftService.CanReview(user) && !panel.IsEditor) return Forbid();
            return await queries.DraftDiffAsync(id, user, ct) is { } d ? View(d) : NotFound();
        }
        if (to is null) return NotFound();
        return await queries.DiffAsync(id, from ?? to.Value - 1, to.Value, user, ct) is { } page ? View(page) : NotFound();
    }

    [HttpPost("Draft/Open")]
    public Task<IActionResult> Open(int id, CancellationToken ct) =>
        Run(id, Editor, u => drafts.OpenAmendmentAsync(id, u, ct), "Проект изменений открыт: внесите изменения и направьте его на согласование.", null, ct);

    [HttpPost("Draft/Send")]
    public Task<IActionResult> Send(int id, CancellationToken ct) =>
        Run(id, Editor, u => drafts.SendAsync(id, u, ct), "Проект направлен на согласование в финансово-экономическое управление.", null, ct);

    [HttpPost("Draft/Return")]
    public Task<IActionResult> Return(int id, string? reason, CancellationToken ct) =>
        Run(id, Reviewer, u => drafts.ReturnAsync(id, reason, u, ct), "Проект возвращен исполнителю на доработку.",
            p => { p.ReturnReason = reason; }, ct, refusalField: "reason");

    [HttpPost("Draft/Agree")]
    public Task<IActionResult> Agree(int id, CancellationToken ct) =>
        Run(id, Reviewer, u => drafts.AgreeAsync(id, u, ct), "Проект согласован. Его можно утвердить, внеся реквизиты акта.", null, ct);

    [HttpPost("Draft/Approve")]
    public async Task<IActionResult> Approve(int id, [Bind(Prefix = "Act")] ActForm act, CancellationToken ct)
    {
        if (await queries.PanelAsync(id, UserScope.From(User), ct) is not { } panel) return NotFound();
        if (!Reviewer(panel)) return Forbid();
        var (approval, errors) = ActReader.Read(act);
        if (approval is null)
            return await Refused(id, errors, p => p.Act = act, ct);
        return await Run(id, Reviewer, u => drafts.ApproveAsync(id, approval, u, ct),
            $"Изменения утверждены: {approval.Act.Citation()}. Новая редакция действует с {RuFormat.Date(approval.EffectiveFrom)}.", p => p.Act = act, ct);
    }

    [HttpPost("Complete")]
    public Task<IActionResult> Complete(int id, CancellationToken ct) =>
        Run(id, Reviewer, u => lifecycle.CompleteAsync(id, u, ct), "Программа завершена.", null, ct);

    [HttpPost("Terminate")]
    public Task<IActionResult> Terminate(int id, string? terminateReason, CancellationToken ct) =>
        Run(id, Reviewer, u => lifecycle.TerminateAsync(id, terminateReason, u, ct), "Программа прекращена досрочно.",
            p => p.TerminateReason = terminateReason, ct, refusalField: "terminateReason");

    // 403 says who may take a step, never when: a step of one's role that the draft's state does not allow now (a second
    // tab, a draft already sent) is the service's refusal with its reason (422), as the matrix test expects.
    private static bool Editor(DraftPanel panel) => panel.IsEditor;
    private static bool Reviewer(DraftPanel panel) => panel.IsReviewer;

    /// <summary>Runs a step of this user's role (else 403): done → the program page with a notice; refused (also by the draft's
    /// state) → the panel with the messages.</summary>
    private async Task<IActionResult> Run(int id, Func<DraftPanel, bool> allowed, Func<UserScope, Task<DraftResult>> step, string done,
        Action<DraftPanel>? keep, CancellationToken ct, string? refusalField = null)
    {
        var user = UserScope.From(User);
        if (await queries.PanelAsync(id, user, ct) is not { } panel) return NotFound();
        if (!allowed(panel)) return Forbid();
        var result = await step(user);
        if (result.Done)
        {
            TempData["DraftNotice"] = done;
            return Redirect($"/Programs/Details/{id}#draft-panel");
        }
        var errors = refusalField is null ? result.Errors
            : result.Errors.Select(e => e.Key == "" ? new KeyValuePair<string, string>(refusalField, e.Value) : e).ToList();
        return await Refused(id, errors, keep, ct);
    }

    private async Task<IActionResult> Refused(int id, IReadOnlyList<KeyValuePair<string, string>> errors, Action<DraftPanel>? keep, CancellationToken ct)
    {
        if (await queries.PanelAsync(id, UserScope.From(User), ct) is not { } panel) return NotFound();
        panel.Errors = errors;
        keep?.Invoke(panel);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Workflow", panel);
    }
}
