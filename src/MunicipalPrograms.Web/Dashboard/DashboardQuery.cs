using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ProgramRegistry;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Dashboard;

/// <summary>
/// The campaign dashboard (issue 12): the period's programs that report (<see cref="MyReportsQuery.DueIn"/>), narrowed in
/// SQL by municipality and department, evaluated by <see cref="EvaluationService"/> (no formula here), with the report's
/// status and deadline and the conclusion's decision. A fixed number of queries whatever the number of programs:
/// the periods, the filter options (2), the evaluation's split load, the accepted plans, the conclusions.
/// Grade, status, overdue and search narrow the table only; the counts are over the municipality and department.
/// </summary>
public sealed class DashboardQuery(AppDbContext db, EvaluationService evaluation, ConclusionService conclusions, ProgramRegistryQuery registry,
    TimeProvider clock)
{
    public async Task<DashboardPage> PageAsync(UserScope user, DashboardFilter filter, CancellationToken ct)
    {
        var periods = await evaluation.PeriodsAsync(null, ct);
        var (municipalities, departments) = await registry.FilterOptionsAsync(user, filter.Municipality, ct);
        var all = await RowsAsync(user, filter, ct);
        var today = clock.Today();
        var shown = Sort(all.Where(r => Matches(r, filter)), filter).ToList();
        return new DashboardPage(filter, periods, Count(all), shown, today, municipalities, departments)
        {
            CampaignDeadline = Campaign(filter, all),
        };
    }

    /// <summary>Every program of the campaign in the municipality and department, evaluated, unsorted.</summary>
    public async Task<List<DashboardRow>> RowsAsync(UserScope user, DashboardFilter filter, CancellationToken ct)
    {
        var period = filter.Period;
        var programs = MyReportsQuery.DueIn(db.Programs.Visible(user), period);
        if (!string.IsNullOrEmpty(filter.Municipality)) programs = programs.Where(p => p.Municipality!.Code == filter.Municipality);
        if (filter.Department is { } dept)
            programs = programs.Where(p => p.ResponsibleExecutorId == dept || p.CoExecutors.Any(c => c.DepartmentId == dept));
        var results = await evaluation.ForProgramsAsync(programs, period, ct);
        var decisions = await conclusions.ForPeriodAsync(period, ct);
        var today = clock.Today();
        return results.Select(r => Row(r, decisions.GetValueOrDefault(r.Program.Id)?.Decision, today)).ToList();
    }

    private static DashboardRow Row(ProgramEvaluationResult r, ProgramDecision? decision, DateOnly today)
    {
        var p = r.Program;
        var (deadline, overdue) = MyReportsQuery.DeadlineOf(p, r.Report, r.Period, today);
        var totals = FundingTotals.Of(p.FundingLines);
        var funding = Enum.GetValues<FundingSource>().Where(s => totals.PlannedBySource[s] != 0 || totals.ActualBySource[s] != 0)
            .Select(s => new SourceExecution(s, totals.PlannedBySource[s], totals.ActualBySource[s])).ToList();
        return new DashboardRow(p.Id, p.Municipality!.Name, p.RegistryCode, p.Name, p.ResponsibleExecutor?.Name ?? RuFormat.Missing,
            StatusOf(r.Report), deadline, deadline.DayNumber - today.DayNumber, overdue, r.Evaluation.Program, r.Evaluation.Federal, funding, decision)
        {
            MoneyUnit = p.Municipality.MoneyUnit,
            Shortfalls = r.Evaluation.Program.Indicators.Where(i => i.Included && i.RawS < 1m)
                .Select(i => Charts.PlanFactItem.Of(i) with { Name = $"{p.RegistryCode}: {i.Input.Code} {i.Input.Name}" }).ToList(),
        };
    }

    public static CampaignStatus StatusOf(ProgressReport? report) => report?.Status switch
    {
        null => CampaignStatus.NotStarted,
        ReportStatus.Draft => CampaignStatus.Draft,
        ReportStatus.Submitted => CampaignStatus.Submitted,
        ReportStatus.Returned => CampaignStatus.Returned,
        _ => CampaignStatus.Accepted,
    };

    public static CampaignCounts Count(IReadOnlyCollection<DashboardRow> rows)
    {
        int Of(CampaignStatus s) => rows.Count(r => r.Status == s);
        return new CampaignCounts(rows.Count, Of(CampaignStatus.NotStarted), Of(CampaignStatus.Draft), Of(CampaignStatus.Submitted),
            Of(CampaignStatus.Returned), Of(CampaignStatus.Accepted), rows.Count(r => r.Overdue));
    }

    private static bool Matches(DashboardRow r, DashboardFilter f) =>
        (f.Grade is not { } g || r.Procedure.Grade == g)
        && (f.Status is not { } s || r.Status == s)
        && (!f.Overdue || r.Overdue)
        && (string.IsNullOrWhiteSpace(f.Search) || r.Name.Contains(f.Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || r.RegistryCode.Contains(f.Search.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<DashboardRow> Sort(IEnumerable<DashboardRow> rows, DashboardFilter f)
    {
        IOrderedEnumerable<DashboardRow> By<TKey>(Func<DashboardRow, TKey> key) => f.Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        var ordered = f.Sort switch
        {
            DashboardSort.Code => By(r => r.RegistryCode),
            DashboardSort.Name => By(r => r.Name),
            DashboardSort.Status => By(r => r.Status),
            DashboardSort.Deadline => By(r => r.Deadline),
            DashboardSort.Ip => By(r => r.Procedure.ResultIndex),
            DashboardSort.Ie => By(r => r.Procedure.EfficiencyIndex),
            DashboardSort.Federal => By(r => r.Federal.Efficiency),
            DashboardSort.Funding => By(r => r.FundingPercent),
            _ => By(r => r.MunicipalityName),
        };
        return ordered.ThenBy(r => r.MunicipalityName, StringComparer.Ordinal).ThenBy(r => r.RegistryCode, StringComparer.Ordinal);
    }

    /// <summary>The campaign's nearest deadline over the programs shown in the counts (the default campaign's when there are none).</summary>
    private static DateOnly Campaign(DashboardFilter filter, List<DashboardRow> rows) =>
        rows.Count == 0 ? ReportingCampaign.Default.DeadlineOf(filter.Period) : rows.Min(r => r.Deadline);
}
