using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Evaluation;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>Оценка эффективности: the consolidated view of a period and one program's evaluation.</summary>
public sealed class EvaluationController(EvaluationService evaluation) : Controller
{
    public async Task<IActionResult> Index(int? year, PeriodKind? period, string? m, CancellationToken ct)
    {
        var periods = await evaluation.PeriodsAsync(null, ct);
        var selected = Pick(periods, year, period);
        ViewBag.Periods = periods;
        ViewBag.Period = selected;
        return View(selected is { } p ? await evaluation.ForPeriodAsync(p, m, ct) : []);
    }

    public async Task<IActionResult> Program(int id, int? year, PeriodKind? period, CancellationToken ct)
    {
        var periods = await evaluation.PeriodsAsync(id, ct);
        var selected = Pick(periods, year, period) ?? ReportingPeriod.AnnualOf(DateTime.Today.Year - 1);
        var result = await evaluation.ForProgramAsync(id, selected, ct);
        if (result is null) return NotFound();
        ViewBag.Periods = periods;
        return View(result);
    }

    private static ReportingPeriod? Pick(List<ReportingPeriod> periods, int? year, PeriodKind? kind) =>
        year is { } y ? new ReportingPeriod(y, kind ?? PeriodKind.Year) : periods.Count > 0 ? periods[0] : null;
}
