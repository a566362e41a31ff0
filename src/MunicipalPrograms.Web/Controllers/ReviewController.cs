using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>
/// The finance department's review: the inbox «Ожидают проверки» (every submitted report, oldest first), the queue
/// of one period as a filter, and accept (after a confirmation that lists the open remarks) / return / reopen / extend.
/// </summary>
[Authorize(Roles = Roles.FinanceOrAdministrator)]
public sealed class ReviewController(ReportWorkflowService workflow, MyReportsQuery reports, ReportPageService pages) : Controller
{
    /// <summary>The only place actions may return to besides the report page.</summary>
    private const string BackToInbox = "inbox";

    [HttpGet]
    public async Task<IActionResult> Index(int? year, PeriodKind? period, CancellationToken ct)
    {
        ViewBag.PeriodKinds = await reports.PeriodKindsInUseAsync(UserScope.From(User), ct);
        if (year is null)
        {
            ViewBag.Period = reports.PeriodOrCampaign(null, null);
            return View("Inbox", await reports.InboxAsync(UserScope.From(User), ct));
        }
        var reportingPeriod = reports.PeriodOrCampaign(year, period);
        ViewBag.Period = reportingPeriod;
        return View(await reports.ListAsync(UserScope.From(User), reportingPeriod, evaluate: true, ct));
    }

    /// <summary>The confirmation before accepting: the report's open remarks, as its review page counts them.</summary>
    [HttpGet]
    [ActionName(nameof(Accept))]
    public async Task<IActionResult> ConfirmAccept(int id, int year, PeriodKind period = PeriodKind.Year, string? back = null, CancellationToken ct = default)
    {
        var page = await pages.LoadAsync(id, new ReportingPeriod(year, period), UserScope.From(User), ct);
        if (page is null) return NotFound();
        ViewBag.Back = back == BackToInbox ? BackToInbox : null;
        return View("ConfirmAccept", page);
    }

    /// <summary>Accepts only a confirmed post; any other (the report page's button) is led to the confirmation first.</summary>
    [HttpPost]
    public Task<IActionResult> Accept(int id, int year, PeriodKind period, bool confirmed, string? back, CancellationToken ct) =>
        confirmed
            ? Run(id, year, period, ReportWorkflowService.Step.Accept, null, null, "Отчет принят. Отчет и его период закрыты для изменений.", ct, back)
            : Task.FromResult<IActionResult>(RedirectToAction(nameof(Accept), new { id, year, period, back = back == BackToInbox ? back : null }));

    [HttpPost]
    public Task<IActionResult> Return(int id, int year, PeriodKind period, string? reason, string? back, CancellationToken ct) =>
        Run(id, year, period, ReportWorkflowService.Step.Return, reason, null, "Отчет возвращен исполнителю на доработку.", ct, back);

    [HttpPost]
    public Task<IActionResult> Reopen(int id, int year, PeriodKind period, string? reason, CancellationToken ct) =>
        Run(id, year, period, ReportWorkflowService.Step.Reopen, reason, null, "Отчет открыт для изменений.", ct);

    [HttpPost]
    public async Task<IActionResult> Extend(int id, int year, PeriodKind period, string? deadline, string? reason, CancellationToken ct)
    {
        var date = RuInput.Date(deadline);
        if (!date.Ok)
        {
            TempData["Error"] = date.Error;
            return RedirectToAction("Edit", "Reports", new { id, year, period });
        }
        return await Run(id, year, period, ReportWorkflowService.Step.Extend, reason, date.Value,
            date.Value is { } d ? $"Срок представления продлен до {RuFormat.Date(d)}." : "Индивидуальный срок отменен.", ct);
    }

    private async Task<IActionResult> Run(int id, int year, PeriodKind period, ReportWorkflowService.Step step, string? reason, DateOnly? deadline,
        string done, CancellationToken ct, string? back = null)
    {
        if (reason?.Trim().Length is > ReportTextLimits.WorkflowReason and var length)
        {
            TempData["Error"] = "Причина: " + ReportTextLimits.TooLong(ReportTextLimits.WorkflowReason, length);
            return RedirectToAction("Edit", "Reports", new { id, year, period });
        }
        var (access, result) = await workflow.RunAsync(id, new ReportingPeriod(year, period), UserScope.From(User), step, reason, deadline, ct);
        if (result is null) return access == ReportAccess.NotFound ? NotFound() : Forbid();
        TempData[result.Done ? "Notice" : "Error"] = result.Done ? done : result.Error;
        // From the inbox the user goes back to it after a success; a refusal is explained on the report page.
        return result.Done && back == BackToInbox ? RedirectToAction(nameof(Index)) : RedirectToAction("Edit", "Reports", new { id, year, period });
    }
}
