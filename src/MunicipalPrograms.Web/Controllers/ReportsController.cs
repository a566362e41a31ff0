using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>
/// The annual report of one program and period: the executors' entry screen, the read-only view for
/// everyone else, and the finance department's review (see ReviewController for its actions).
/// </summary>
public sealed class ReportsController(ReportPageService pages, ReportSaver saver, ReportWorkflowService workflow, MyReportsQuery reports, AppDbContext db)
    : Controller
{
    /// <summary>Home of an executor: my programs for the reporting year.</summary>
    [HttpGet]
    public async Task<IActionResult> Index(int? year, PeriodKind? period, CancellationToken ct)
    {
        var reportingPeriod = year is { } y ? new ReportingPeriod(y, period ?? PeriodKind.Year) : reports.CurrentCampaign();
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
        var program = await pages.LoadProgramAsync(id, reportingPeriod, user, ct);
        if (program is null) return NotFound();
        var rights = ReportRights.For(program, user);
        if (!rights.CanEditAnything) return Forbid();

        var outcome = await saver.SaveAsync(program, reportingPeriod, form, rights, user.UserName, ct);
        if (outcome.Saved)
        {
            TempData["Notice"] = outcome.Changes == 0 ? "Изменений нет." : $"Сохранено. Изменено значений: {outcome.Changes}. Индексы пересчитаны.";
            return RedirectToAction(nameof(Edit), new { id, year, period });
        }
        // Nothing was stored: show the user's values with the messages next to them (and fresh versions after a conflict).
        var page = pages.Build((await pages.LoadProgramAsync(id, reportingPeriod, user, ct))!, reportingPeriod, user, form);
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
        var program = await pages.LoadProgramAsync(id, reportingPeriod, user, ct);
        if (program is null) return NotFound();
        var rights = ReportRights.For(program, user);
        if (!rights.CanEditAnything) return Forbid();
        ReportPreview.Apply(program, reportingPeriod, form, rights);
        return PartialView("_ReportIndices", pages.Build(program, reportingPeriod, user, null, preview: true));
    }

    [HttpPost]
    public async Task<IActionResult> Submit(int id, int year, PeriodKind period, CancellationToken ct)
    {
        var user = UserScope.From(User);
        var page = await pages.LoadAsync(id, new ReportingPeriod(year, period), user, ct);
        if (page is null) return NotFound();
        if (!page.Rights.IsResponsible) return Forbid();
        var result = await workflow.RunAsync(page, ReportWorkflowService.Step.Submit, null, null, user.UserName, ct);
        TempData[result.Done ? "Notice" : "Error"] = result.Done ? "Отчет представлен в финансово-экономическое управление." : result.Error;
        return RedirectToAction(nameof(Edit), new { id, year, period });
    }

    /// <summary>The audit log of one report, or of one value of it.</summary>
    [HttpGet]
    public async Task<IActionResult> History(int id, int year, PeriodKind period = PeriodKind.Year, string? subject = null, int? subjectId = null,
        CancellationToken ct = default)
    {
        var page = await pages.LoadAsync(id, new ReportingPeriod(year, period), UserScope.From(User), ct);
        if (page is null) return NotFound();
        var reportId = page.Report?.Id;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ProgramId == id && e.ReportId == reportId)
            .Where(e => subject == null || (e.Subject == subject && e.SubjectId == subjectId))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(1000).ToListAsync(ct);
        ViewBag.Page = page;
        ViewBag.Filtered = subject is not null;
        return View(entries);
    }
}
