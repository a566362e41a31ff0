using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>Оценка эффективности: the consolidated view of a period and one program's evaluation.</summary>
public sealed class EvaluationController(EvaluationService evaluation, ProgramQueries programs, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? year, PeriodKind? period, string? m, CancellationToken ct)
    {
        var periods = await evaluation.PeriodsAsync(null, ct);
        var selected = Pick(periods, year, period);
        ViewBag.Periods = periods;
        ViewBag.Period = selected;
        return View(selected is { } p ? await evaluation.ForPeriodAsync(p, m, UserScope.From(User), ct) : []);
    }

    public async Task<IActionResult> Program(int id, int? year, PeriodKind? period, CancellationToken ct)
    {
        if (!await programs.IsVisibleAsync(id, UserScope.From(User), ct)) return NotFound();
        var periods = await evaluation.PeriodsAsync(id, ct);
        var selected = Pick(periods, year, period)
                       ?? ReportingPeriod.AnnualOf(await programs.DefaultYearAsync(id, ReportingPeriod.CampaignOn(clock.Today()).Year, ct));
        var result = await evaluation.ForProgramAsync(id, selected, ct);
        if (result is null) return NotFound();
        ViewBag.Periods = periods;
        return View(result);
    }

    private static ReportingPeriod? Pick(List<ReportingPeriod> periods, int? year, PeriodKind? kind) =>
        year is { } y ? new ReportingPeriod(y, kind ?? PeriodKind.Year) : periods.Count > 0 ? periods[0] : null;
}
