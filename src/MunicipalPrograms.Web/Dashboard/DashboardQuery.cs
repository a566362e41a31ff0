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
    /// <summary>Rows per page of the table: a 15 000-program campaign is evaluated and printed a page at a time (issue 12).</summary>
    public const int PageSize = 100;

    public async Task<DashboardPage> PageAsync(UserScope user, DashboardFilter filter, CancellationToken ct)
    {
        var periods = await evaluation.PeriodsAsync(null, ct);
        var (municipalities, departments) = await registry.FilterOptionsAsync(user, filter.Municipality, ct);
        var today = clock.Today();
        if (filter.NeedsEveryEvaluation)
        {
            var all = await RowsAsync(user, filter, null, ct);
            var matching = Sort(all.Where(r => Matches(r, filter)), filter).ToList();
            return new DashboardPage(filter, periods, Count(all), OnPage(matching, filter), today, municipalities, departments)
            {
                CampaignDeadline = Campaign(filter, all), Matching = matching.Count,
            };
        }
        // The counts and the plain sorts need no evaluation: only the page's programs are evaluated.
        var lines = await LinesAsync(user, filter, ct);
        var chosen = Sort(lines.Where(r => Matches(r, filter)), filter).ToList();
        var ids = OnPage(chosen, filter).Select(r => r.ProgramId).ToList();
        var rows = (await RowsAsync(user, filter, ids, ct)).OrderBy(r => ids.IndexOf(r.ProgramId)).ToList();
        return new DashboardPage(filter, periods, Count(lines), rows, today, municipalities, departments)
        {
            CampaignDeadline = Campaign(filter, lines), Matching = chosen.Count,
        };
    }

    private static List<T> OnPage<T>(List<T> rows, DashboardFilter filter) => rows.Skip((filter.Page - 1) * PageSize).Take(PageSize).ToList();

    /// <summary>The campaign's programs in the municipality and department (the period's programs that report, narrowed in SQL).</summary>
    private IQueryable<MunicipalProgram> Programs(UserScope user, DashboardFilter filter)
    {
        var programs = MyReportsQuery.DueIn(db.Programs.Visible(user), filter.Period);
        if (!string.IsNullOrEmpty(filter.Municipality)) programs = programs.Where(p => p.Municipality!.Code == filter.Municipality);
        if (filter.Department is { } dept)
            programs = programs.Where(p => p.ResponsibleExecutorId == dept || p.CoExecutors.Any(c => c.DepartmentId == dept));
        return programs;
    }

    /// <summary>
    /// Every program of the campaign with its report's status and deadline, without evaluation: two queries (the reports
    /// apart, as a semi-join: EF's per-program FirstOrDefault numbered every report of the year, 35 ms for one municipality).
    /// </summary>
    private async Task<List<CampaignLine>> LinesAsync(UserScope user, DashboardFilter filter, CancellationToken ct)
    {
        var (year, kind) = (filter.Period.Year, filter.Period.Kind);
        var programs = Programs(user, filter);
        var items = await programs.AsNoTracking()
            .Select(p => new { p.Id, p.Municipality!.Name, p.Municipality.Campaign, p.RegistryCode, Program = p.Name })
            .ToListAsync(ct);
        // Only what the status and the deadline need: the report rows also hold the report's texts.
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Year == year && r.Period == kind && programs.Any(p => p.Id == r.ProgramId))
            .Select(r => new ProgressReport { ProgramId = r.ProgramId, Year = r.Year, Period = r.Period, Status = r.Status, DeadlineOverride = r.DeadlineOverride })
            .ToDictionaryAsync(r => r.ProgramId, ct);
        var today = clock.Today();
        return items.Select(i =>
        {
            var report = reports.GetValueOrDefault(i.Id);
            var (deadline, overdue) = MyReportsQuery.DeadlineOf(i.Campaign, report, filter.Period, today);
            return new CampaignLine(i.Id, i.Name, i.RegistryCode, i.Program, StatusOf(report), deadline, overdue);
        }).ToList();
    }

    /// <summary>The programs of the campaign in the municipality and department (only <paramref name="ids"/> when given), evaluated, unsorted.</summary>
    public async Task<List<DashboardRow>> RowsAsync(UserScope user, DashboardFilter filter, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var period = filter.Period;
        var programs = Programs(user, filter);
        if (ids is not null) programs = programs.Where(p => ids.Contains(p.Id));
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

    public static CampaignCounts Count<T>(IReadOnlyCollection<T> rows) where T : ICampaignLine
    {
        int Of(CampaignStatus s) => rows.Count(r => r.Status == s);
        return new CampaignCounts(rows.Count, Of(CampaignStatus.NotStarted), Of(CampaignStatus.Draft), Of(CampaignStatus.Submitted),
            Of(CampaignStatus.Returned), Of(CampaignStatus.Accepted), rows.Count(r => r.Overdue));
    }

    private static bool Matches<T>(T r, DashboardFilter f) where T : ICampaignLine =>
        (f.Grade is not { } g || r is DashboardRow { Procedure.Grade: var grade } && grade == g)
        && (f.Status is not { } s || r.Status == s)
        && (!f.Overdue || r.Overdue)
        && (string.IsNullOrWhiteSpace(f.Search) || r.Name.Contains(f.Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || r.RegistryCode.Contains(f.Search.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The evaluation's sort keys exist only on evaluated rows (<see cref="DashboardFilter.NeedsEveryEvaluation"/>).</summary>
    private static decimal? Evaluated<T>(T r, DashboardSort sort) => r is not DashboardRow d ? null : sort switch
    {
        DashboardSort.Ip => d.Procedure.ResultIndex,
        DashboardSort.Ie => d.Procedure.EfficiencyIndex,
        DashboardSort.Federal => d.Federal.Efficiency,
        _ => d.FundingPercent,
    };

    private static IEnumerable<T> Sort<T>(IEnumerable<T> rows, DashboardFilter f) where T : ICampaignLine
    {
        IOrderedEnumerable<T> By<TKey>(Func<T, TKey> key) => f.Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        var ordered = f.Sort switch
        {
            DashboardSort.Code => By(r => r.RegistryCode),
            DashboardSort.Name => By(r => r.Name),
            DashboardSort.Status => By(r => r.Status),
            DashboardSort.Deadline => By(r => r.Deadline),
            DashboardSort.Ip or DashboardSort.Ie or DashboardSort.Federal or DashboardSort.Funding => By(r => Evaluated(r, f.Sort)),
            _ => By(r => r.MunicipalityName),
        };
        return ordered.ThenBy(r => r.MunicipalityName, StringComparer.Ordinal).ThenBy(r => r.RegistryCode, StringComparer.Ordinal);
    }

    /// <summary>The campaign's nearest deadline over the programs shown in the counts (the default campaign's when there are none).</summary>
    private static DateOnly Campaign<T>(DashboardFilter filter, List<T> rows) where T : ICampaignLine =>
        rows.Count == 0 ? ReportingCampaign.Default.DeadlineOf(filter.Period) : rows.Min(r => r.Deadline);
}
