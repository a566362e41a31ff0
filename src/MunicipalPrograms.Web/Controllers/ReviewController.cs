using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>The finance department's review: the queue of a period, and accept / return / reopen / extend.</summary>
[Authorize(Roles = Roles.FinanceOrAdministrator)]
public sealed class ReviewController(ReportWorkflowService workflow, MyReportsQuery reports) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, PeriodKind? period, CancellationToken ct)
    {
        var reportingPeriod = reports.PeriodOrCampaign(year, period);
        ViewBag.Period = reportingPeriod;
        ViewBag.PeriodKinds = await reports.PeriodKindsInUseAsync(UserScope.From(User), ct);
        return View(await reports.ListAsync(UserScope.From(User), reportingPeriod, evaluate: true, ct));
    }

    [HttpPost]
    public Task<IActionResult> Accept(int id, int year, PeriodKind period, CancellationToken ct) =>
        Run(id, year, period, ReportWorkflowService.Step.Accept, null, null, "Отчет принят. Отчет и его период закрыты для изменений.", ct);

    [HttpPost]
    public Task<IActionResult> Return(int id, int year, PeriodKind period, string? reason, CancellationToken ct) =>
        Run(id, year, period, ReportWorkflowService.Step.Return, reason, null, "Отчет возвращен исполнителю на доработку.", ct);

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
        string done, CancellationToken ct)
    {
        if (reason?.Trim().Length is > ReportTextLimits.WorkflowReason and var length)
        {
            TempData["Error"] = "Причина: " + ReportTextLimits.TooLong(ReportTextLimits.WorkflowReason, length);
            return RedirectToAction("Edit", "Reports", new { id, year, period });
        }
        var (access, result) = await workflow.RunAsync(id, new ReportingPeriod(year, period), UserScope.From(User), step, reason, deadline, ct);
        if (result is null) return access == ReportAccess.NotFound ? NotFound() : Forbid();
        TempData[result.Done ? "Notice" : "Error"] = result.Done ? done : result.Error;
        return RedirectToAction("Edit", "Reports", new { id, year, period });
    }
}
