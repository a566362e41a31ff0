using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.ReportEntry;
using MunicipalPrograms.Web.StaleForms;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>
/// The annual report of one program and period: the executors' entry screen, the read-only view for
/// everyone else, and the finance department's review (see ReviewController for its actions).
/// </summary>
public sealed class ReportsController(
    ReportPageService pages, ReportSaver saver, ReportWorkflowService workflow, MyReportsQuery reports, ReportHistoryQuery history,
    Remarks.RemarkService remarks) : Controller
{
    /// <summary>
    /// Home of an executor: without a period, every report to do across years and periods («Мои отчеты»);
    /// with one, the programs of that period (the filter).
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Index(int? year, PeriodKind? period, CancellationToken ct)
    {
        // Both pages carry the period filter; it offers only the periods the user's municipalities monitor.
        ViewBag.PeriodKinds = await reports.PeriodKindsInUseAsync(UserScope.From(User), ct);
        if (year is null)
        {
            ViewBag.Period = reports.PeriodOrCampaign(null, null);
            return View("Work", await reports.MyWorkAsync(UserScope.From(User), ct));
        }
        var reportingPeriod = reports.PeriodOrCampaign(year, period);
        ViewBag.Period = reportingPeriod;
        return View(await reports.ListAsync(UserScope.From(User), reportingPeriod, evaluate: false, ct));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, int year, PeriodKind period = PeriodKind.Year, CancellationToken ct = default)
    {
        var page = await pages.LoadAsync(id, new ReportingPeriod(year, period), UserScope.From(User), ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost]
    [ActionName(nameof(Edit))]
    public async Task<IActionResult> Save(int id, int year, PeriodKind period, ReportForm form, CancellationToken ct)
    {
        var user = UserScope.From(User);
        var reportingPeriod = new ReportingPeriod(year, period);
        var opened = await pages.OpenForEditAsync(id, reportingPeriod, user, ct);
        if (opened.Access != ReportAccess.Allowed) return Refusal(opened.Access);

        var outcome = await saver.SaveAsync(opened.Program!, reportingPeriod, form, opened.Rights!, user.UserName, ct);
        if (outcome.Saved)
        {
            TempData[UnsavedValues.SavedFlag] = true; // the page tells its script to drop the copy kept in the browser
            TempData["Notice"] = outcome.Changes == 0 ? "Изменений нет." : $"Сохранено. Изменено значений: {outcome.Changes}. Индексы пересчитаны.";
            return RedirectToAction(nameof(Edit), new { id, year, period });
        }
        // Nothing was stored: show the user's values with the messages next to them. The program loaded above is
        // untouched by the save (it reads and tracks its own rows), so it is shown again without a second load.
        var page = pages.Build(opened.Program!, reportingPeriod, user, form);
        page.Conflicts = outcome.Conflicts;
        ModelState.Clear();
        foreach (var (field, message) in outcome.Errors) ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Edit), page);
    }

    /// <summary>The indices recomputed from the typed values, nothing saved (the page refreshes its sidebar with it).</summary>
    [HttpPost]
    public async Task<IActionResult> Preview(int id, int year, PeriodKind period, ReportForm form, CancellationToken ct)
    {
        var user = UserScope.From(User);
        var reportingPeriod = new ReportingPeriod(year, period);
        var opened = await pages.OpenForEditAsync(id, reportingPeriod, user, ct);
        if (opened.Access != ReportAccess.Allowed) return Refusal(opened.Access);
        ReportPreview.Apply(opened.Program!, reportingPeriod, form, opened.Rights!);
        return PartialView("_ReportIndices", pages.Build(opened.Program!, reportingPeriod, user, null, preview: true));
    }

    [HttpPost]
    public async Task<IActionResult> Submit(int id, int year, PeriodKind period, CancellationToken ct)
    {
        var (access, result) = await workflow.RunAsync(id, new ReportingPeriod(year, period), UserScope.From(User), ReportWorkflowService.Step.Submit, null, null, ct);
        if (result is null) return Refusal(access);
        TempData[result.Done ? "Notice" : "Error"] = result.Done ? "Отчет представлен в финансово-экономическое управление." : result.Error;
        return RedirectToAction(nameof(Edit), new { id, year, period });
    }

    /// <summary>The audit log of one report, or of one value of it.</summary>
    [HttpGet]
    public async Task<IActionResult> History(int id, int year, PeriodKind period = PeriodKind.Year, string? subject = null, int? subjectId = null,
        CancellationToken ct = default)
    {
        var journal = await history.LoadAsync(id, new ReportingPeriod(year, period), UserScope.From(User), subject, subjectId, ct);
        return journal is null ? NotFound() : View(journal);
    }

    /// <summary>The finance department remarks on one row of a submitted report (ADR 0021).</summary>
    [HttpPost]
    public async Task<IActionResult> AddRemark(int id, int year, PeriodKind period, string? subject, int subjectId, string? text, CancellationToken ct) =>
        await RemarkDoneAsync(id, year, period, await remarks.AddAsync(id, new ReportingPeriod(year, period), UserScope.From(User), subject, subjectId, text, ct),
            "Замечание добавлено.", text, ct);

    /// <summary>The executor of the row answers a remark.</summary>
    [HttpPost]
    public async Task<IActionResult> AnswerRemark(int id, int year, PeriodKind period, int remarkId, uint version, string? answer, CancellationToken ct) =>
        await RemarkDoneAsync(id, year, period, await remarks.AnswerAsync(id, new ReportingPeriod(year, period), UserScope.From(User), remarkId, version, answer, ct),
            "Ответ на замечание сохранен.", answer, ct);

    /// <summary>The finance department closes a remark.</summary>
    [HttpPost]
    public async Task<IActionResult> CloseRemark(int id, int year, PeriodKind period, int remarkId, uint version, CancellationToken ct) =>
        await RemarkDoneAsync(id, year, period, await remarks.CloseAsync(id, new ReportingPeriod(year, period), UserScope.From(User), remarkId, version, ct),
            "Замечание закрыто.", null, ct);

    /// <summary>Back to the row on the report page; a text refused is shown again next to its field (422), nothing saved.</summary>
    private async Task<IActionResult> RemarkDoneAsync(int id, int year, PeriodKind period, Remarks.RemarkOutcome outcome, string notice, string? typed,
        CancellationToken ct)
    {
        if (outcome.Access != ReportAccess.Allowed) return Refusal(outcome.Access);
        if (!outcome.Done && outcome.Field is { } field)
        {
            var page = await pages.LoadAsync(id, new ReportingPeriod(year, period), UserScope.From(User), ct);
            if (page is null) return NotFound();
            ViewData["RemarkError"] = new Remarks.RemarkError(field, outcome.Error!, typed);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Edit), page);
        }
        TempData[outcome.Done ? "Notice" : "Error"] = outcome.Done ? notice : outcome.Error;
        return Redirect(Url.Action(nameof(Edit), new { id, year, period }) + (outcome.Anchor is { } a ? "#" + a : ""));
    }

    private IActionResult Refusal(ReportAccess access) => access == ReportAccess.NotFound ? NotFound() : Forbid();
}
