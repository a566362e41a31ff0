using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Dashboard;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Queries;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>Мониторинг кампании: the campaign dashboard, one program's drill-down and the finance department's conclusion on it.</summary>
[Authorize(Roles = Roles.FinanceOrAdministrator)]
public sealed class DashboardController(DashboardQuery dashboard, EvaluationService evaluation, ConclusionService conclusions, ProgramQueries programs,
    TrendQuery trends, TimeProvider clock)
    : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, string? period, string? m, int? dept, string? grade, string? status, bool overdue, string? q,
        string? sort, string? dir, int? page, CancellationToken ct)
    {
        var filter = new DashboardFilter(await PeriodAsync(year, period, null, ct), string.IsNullOrWhiteSpace(m) ? null : m.Trim(), dept,
            DashboardFilter.Parse<EfficiencyGrade>(grade), DashboardFilter.Parse<CampaignStatus>(status), overdue,
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(), DashboardFilter.Parse<DashboardSort>(sort) ?? DashboardSort.Default, dir == "desc",
            page is > 1 and < 100_000 ? page.Value : 1);
        return View(await dashboard.PageAsync(UserScope.From(User), filter, ct));
    }

    /// <param name="campaign">The period picker's "year|kind" (a plain GET form, no script); wins over year and period.</param>
    [HttpGet]
    public async Task<IActionResult> Program(int id, int? year, string? period, string? campaign, CancellationToken ct)
    {
        if (campaign?.Split('|') is [var y, var k] && int.TryParse(y, out var parsed)) (year, period) = (parsed, k);
        return await PageAsync(id, await PeriodAsync(year, period, id, ct), ct) is { } page ? View(page) : NotFound();
    }

    /// <summary>Ip and Iэ over the years: the municipality's mean and each program's (ADR 0030).</summary>
    [HttpGet("/Dashboard/Trends")]
    public async Task<IActionResult> Trends(string? m, string? period, CancellationToken ct) =>
        View(await trends.MunicipalityAsync(UserScope.From(User), string.IsNullOrWhiteSpace(m) ? null : m.Trim(),
            DashboardFilter.Parse<PeriodKind>(period) ?? PeriodKind.Year, ct));

    /// <summary>One program's Ip and Iэ for each year of its period.</summary>
    [HttpGet("/Dashboard/Program/{id:int}/Trend")]
    public async Task<IActionResult> Trend(int id, string? period, CancellationToken ct) =>
        await trends.ProgramAsync(id, UserScope.From(User), DashboardFilter.Parse<PeriodKind>(period) ?? PeriodKind.Year, ct) is { } page
            ? View(page) : NotFound();

    /// <summary>Saves the conclusion; a refused post shows the page again with what was typed and the messages (422).</summary>
    [HttpPost("/Dashboard/Program/{id:int}/Conclusion")]
    public async Task<IActionResult> Conclusion(int id, int year, string? period, string? text, string? decision, uint version, CancellationToken ct)
    {
        var campaign = new ReportingPeriod(year, DashboardFilter.Parse<PeriodKind>(period) ?? PeriodKind.Year);
        var input = new ConclusionInput(text, decision, version);
        var outcome = await conclusions.SaveAsync(id, campaign, UserScope.From(User), input, ct);
        if (outcome.Access == ReportAccess.NotFound) return NotFound();
        if (outcome.Access == ReportAccess.Forbidden) return Forbid();
        if (outcome.Done)
        {
            TempData["Message"] = "Заключение сохранено.";
            return Redirect($"/Dashboard/Program/{id}?year={campaign.Year}&period={campaign.Kind}#conclusion");
        }
        var page = await PageAsync(id, campaign, ct);
        if (page is null) return NotFound();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Program), page with { Posted = input, Errors = outcome.Errors });
    }

    private async Task<DrillDownPage?> PageAsync(int id, ReportingPeriod campaign, CancellationToken ct)
    {
        var user = UserScope.From(User);
        // The evaluation reads any program: the visibility check comes first.
        if (!await programs.IsVisibleAsync(id, user, ct)) return null;
        var result = await evaluation.ForProgramAsync(id, campaign, ct);
        if (result is null) return null;
        return new DrillDownPage(result, DrillDownTree.Build(result), await evaluation.PeriodsAsync(id, ct), await conclusions.ForAsync(id, campaign, ct),
            ConclusionService.MayConclude(user));
    }

    /// <summary>The campaign asked for, else the latest period with data, else the campaign under way.</summary>
    private async Task<ReportingPeriod> PeriodAsync(int? year, string? period, int? programId, CancellationToken ct)
    {
        if (year is { } y && ReportingPeriod.IsPlausibleYear(y)) return new ReportingPeriod(y, DashboardFilter.Parse<PeriodKind>(period) ?? PeriodKind.Year);
        var periods = await evaluation.PeriodsAsync(programId, ct);
        return periods.Count > 0 ? periods[0] : ReportingPeriod.CampaignOn(clock.Today());
    }
}
