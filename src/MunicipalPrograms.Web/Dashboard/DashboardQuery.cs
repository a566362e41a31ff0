using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ProgramCache;
using MunicipalPrograms.Web.ProgramRegistry;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Dashboard;

/// <summary>
/// The campaign dashboard (issue 12): the period's programs that report (<see cref="MyReportsQuery.DueIn"/>), narrowed in
/// SQL by municipality and department, evaluated by <see cref="EvaluationService"/> (no formula here), with the report's
/// status and deadline and the conclusion's decision. A fixed number of queries whatever the number of programs; what is
/// read from programs' rows is kept per instance under the sum of all stamps (ADR 0033), the conclusions while nothing
/// watched changes (ADR 0034). Grade, status, overdue and search narrow the table only; the counts are over the municipality
/// and department.
/// </summary>
public sealed class DashboardQuery(AppDbContext db, EvaluationService evaluation, EvaluationSummaries summaries, ConclusionService conclusions,
    ProgramRegistryQuery registry, ProgramSnapshots cache, TimeProvider clock)
{
    /// <summary>Rows per page of the table: a 15 000-program campaign is evaluated and printed a page at a time (issue 12).</summary>
    public const int PageSize = 100;

    public async Task<DashboardPage> PageAsync(UserScope user, DashboardFilter filter, CancellationToken ct)
    {
        // Taken before anything is read: the page's HTML is reused only by a request of the same generation (ADR 0034).
        var generation = cache.Stamps.Generation;
        // Everything but the conclusions (not a program's rows) is kept under the sum of all stamps, read only when a write
        // may have moved it (ADR 0034).
        var stamp = await cache.Stamps.AllStampsAsync(db, ct);
        var periods = cache.FindList<ReportingPeriod>("periods", "all", stamp) ?? cache.StoreList("periods", "all", stamp, await evaluation.PeriodsAsync(null, ct));
        var (municipalities, departments) = await registry.FilterOptionsAsync(user, filter.Municipality, filter.Department, stamp, ct);
        var today = clock.Today();
        var lines = await LinesAsync(user, filter, stamp, ct);
        var chosen = lines.Where(l => l.Found && (filter.Status is not { } s || l.Status == s) && (!filter.Overdue || l.Overdue)).ToList();
        Dictionary<int, EvaluationSummary>? stored = null;
        if (filter.NeedsEveryEvaluation)
        {
            // The grade and the indices of every program from the stored summaries (only what changed is evaluated).
            var all = await SummariesAsync(user, filter, stamp, ct);
            chosen = chosen.Where(l => all.TryGetValue(l.ProgramId, out var e) && (filter.Grade is not { } g || e.Grade == g)).ToList();
            stored = all;
        }
        var ids = OnPage(Sorted(chosen, filter, l => Key(filter.Sort, l, stored?.GetValueOrDefault(l.ProgramId))), filter).Select(l => l.ProgramId).ToList();
        // Only the page's programs are evaluated in full.
        var key = (user.Visibility(), today, filter);
        var evaluated = cache.FindList<DashboardRow>("dashboard-rows", key, stamp)
                        ?? cache.StoreList("dashboard-rows", key, stamp, (await RowsAsync(user, ids, filter.Period, ct)).OrderBy(r => ids.IndexOf(r.ProgramId)).ToList());
        var decisions = await conclusions.ForPeriodAsync(filter.Period, ct);
        var rows = evaluated.Select(r => r with { Decision = decisions.GetValueOrDefault(r.ProgramId)?.Decision }).ToList();
        return new DashboardPage(filter, periods, Count(lines), rows, today, municipalities, departments)
        {
            CampaignDeadline = Campaign(filter, lines), Matching = chosen.Count,
            RenderKey = cache.Stamps.Listening ? $"dashboard/{generation}/{user.Visibility()}/{today:yyyy-MM-dd}/{filter}" : null,
        };
    }

    private static IEnumerable<CampaignLine> OnPage(List<CampaignLine> rows, DashboardFilter filter) => rows.Skip((filter.Page - 1) * PageSize).Take(PageSize);

    /// <summary>
    /// The rows in the filter's order: the lines come from SQL in the plain sorts' order (<see cref="LinesAsync"/>), so a
    /// sort by status, deadline or an index is a stable sort by that key (ties keep municipality and code order).
    /// </summary>
    private static List<CampaignLine> Sorted(List<CampaignLine> rows, DashboardFilter f, Func<CampaignLine, decimal?> key) =>
        f.Sort is DashboardSort.Default or DashboardSort.Code or DashboardSort.Name ? rows
        : f.Descending ? rows.OrderByDescending(key).ToList() : rows.OrderBy(key).ToList();

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
    /// Every program of the campaign with its report's status and deadline, without evaluation, in the order of the
    /// plain sorts (the database's collation, as the registry) and marked whether the search finds it: two queries of
    /// small rows, the programs with their report's status and extension, and the municipalities' campaigns. Names are
    /// read for the page only (15 000 lines with their names and a culture sort in memory took 300 ms a request, issue 12).
    /// </summary>
    private async Task<IReadOnlyList<CampaignLine>> LinesAsync(UserScope user, DashboardFilter filter, long stamp, CancellationToken ct)
    {
        // Kept under the sum of all stamps for what the SQL reads (the user's scope, the period, municipality, department,
        // plain sort and search) and today (the deadlines): 16 finance users at 15 000 programs read it, not the database.
        var plain = filter.Sort is DashboardSort.Default or DashboardSort.Code or DashboardSort.Name;
        var today = clock.Today();
        var key = (user.Visibility(), today, filter with
        {
            Grade = null, Status = null, Overdue = false, Page = 1,
            Sort = plain ? filter.Sort : DashboardSort.Default, Descending = plain && filter.Descending, Search = filter.Search?.Trim(),
        });
        return cache.FindList<CampaignLine>("dashboard-lines", key, stamp)
               ?? cache.StoreList("dashboard-lines", key, stamp, await ReadLinesAsync(user, filter, today, ct));
    }

    /// <summary>The stored evaluation summaries of the campaign's programs, kept likewise under the sum of all stamps.</summary>
    private async Task<Dictionary<int, EvaluationSummary>> SummariesAsync(UserScope user, DashboardFilter filter, long stamp, CancellationToken ct)
    {
        var key = (user.Visibility(), filter.Period, filter.Municipality, filter.Department);
        var list = cache.FindList<EvaluationSummary>("dashboard-summaries", key, stamp)
                   ?? cache.StoreList("dashboard-summaries", key, stamp, (await summaries.ForAsync(Programs(user, filter), filter.Period, ct)).Values.ToList());
        return list.ToDictionary(s => s.ProgramId);
    }

    private async Task<List<CampaignLine>> ReadLinesAsync(UserScope user, DashboardFilter filter, DateOnly today, CancellationToken ct)
    {
        var (year, kind) = (filter.Period.Year, filter.Period.Kind);
        var programs = Programs(user, filter);
        var text = filter.Search?.Trim().ToLower() ?? "";
        // The period's report joined by its unique key (program, year, period): only what the status and the deadline
        // need, not the report's texts.
        var items = await (
                from p in InOrder(programs.AsNoTracking(), filter)
                join r in db.Reports.Where(r => r.Year == year && r.Period == kind) on p.Id equals r.ProgramId into found
                from r in found.DefaultIfEmpty()
                select new
                {
                    p.Id, p.MunicipalityId, Found = text == "" || p.Name.ToLower().Contains(text) || p.RegistryCode.ToLower().Contains(text),
                    Report = r == null ? null : new ProgressReport { ProgramId = r.ProgramId, Year = r.Year, Period = r.Period, Status = r.Status, DeadlineOverride = r.DeadlineOverride },
                })
            .ToListAsync(ct);
        var municipalityIds = items.Select(i => i.MunicipalityId).Distinct().ToList();
        var campaigns = await db.Municipalities.AsNoTracking().Where(m => municipalityIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Campaign }).ToDictionaryAsync(m => m.Id, m => m.Campaign, ct);
        return items.Select(i =>
        {
            var (deadline, overdue) = MyReportsQuery.DeadlineOf(campaigns[i.MunicipalityId], i.Report, filter.Period, today);
            return new CampaignLine(i.Id, StatusOf(i.Report), deadline, overdue, i.Found);
        }).ToList();
    }

    /// <summary>The plain sorts in SQL; every other sort starts from the default order (municipality, then code).</summary>
    private static IQueryable<MunicipalProgram> InOrder(IQueryable<MunicipalProgram> programs, DashboardFilter f)
    {
        var desc = f.Descending && f.Sort is DashboardSort.Default or DashboardSort.Code or DashboardSort.Name;
        IOrderedQueryable<MunicipalProgram> By<TKey>(System.Linq.Expressions.Expression<Func<MunicipalProgram, TKey>> key) =>
            desc ? programs.OrderByDescending(key) : programs.OrderBy(key);
        var ordered = f.Sort switch
        {
            DashboardSort.Code => By(p => p.RegistryCode),
            DashboardSort.Name => By(p => p.Name),
            _ => By(p => p.Municipality!.Name),
        };
        return ordered.ThenBy(p => p.Municipality!.Name).ThenBy(p => p.RegistryCode).ThenBy(p => p.Id);
    }

    /// <summary>
    /// The given programs of the campaign (chosen from its lines: the campaign's conditions are not asked again), evaluated,
    /// unsorted, without the conclusions' decisions (the caller adds them: they are not kept).
    /// </summary>
    private async Task<List<DashboardRow>> RowsAsync(UserScope user, IReadOnlyCollection<int> ids, ReportingPeriod period, CancellationToken ct)
    {
        var programs = db.Programs.Visible(user).Where(p => ids.Contains(p.Id));
        var results = await evaluation.ForProgramsAsync(programs, period, ct);
        var today = clock.Today();
        return results.Select(r => Row(r, today)).ToList();
    }

    private static DashboardRow Row(ProgramEvaluationResult r, DateOnly today)
    {
        var p = r.Program;
        var (deadline, overdue) = MyReportsQuery.DeadlineOf(p, r.Report, r.Period, today);
        var totals = FundingTotals.Of(p.FundingLines);
        var funding = Enum.GetValues<FundingSource>().Where(s => totals.PlannedBySource[s] != 0 || totals.ActualBySource[s] != 0)
            .Select(s => new SourceExecution(s, totals.PlannedBySource[s], totals.ActualBySource[s])).ToList();
        return new DashboardRow(p.Id, p.Municipality!.Name, p.RegistryCode, p.Name, p.ResponsibleExecutor?.Name ?? RuFormat.Missing,
            StatusOf(r.Report), deadline, deadline.DayNumber - today.DayNumber, overdue, r.Evaluation.Program, r.Evaluation.Federal, funding, Decision: null)
        {
            MoneyUnit = p.Municipality.MoneyUnit, FundingPercent = totals.ExecutionPercent,
            Shortfalls = r.Evaluation.Program.Indicators.Where(i => i.Included && i.RawS < 1m)
                .Select(i => Domain.Charts.PlanFactItem.Of(i) with { Name = $"{p.RegistryCode}: {i.Input.Code} {i.Input.Name}" }).ToList(),
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

    private static CampaignCounts Count(IReadOnlyList<CampaignLine> rows)
    {
        int Of(CampaignStatus s) => rows.Count(r => r.Status == s);
        return new CampaignCounts(rows.Count, Of(CampaignStatus.NotStarted), Of(CampaignStatus.Draft), Of(CampaignStatus.Submitted),
            Of(CampaignStatus.Returned), Of(CampaignStatus.Accepted), rows.Count(r => r.Overdue));
    }

    /// <summary>A sort's key of a program; the evaluation's keys need its summary (<see cref="DashboardFilter.NeedsEveryEvaluation"/>).</summary>
    private static decimal? Key(DashboardSort sort, CampaignLine line, EvaluationSummary? summary) => sort switch
    {
        DashboardSort.Status => (int)line.Status,
        DashboardSort.Deadline => line.Deadline.DayNumber,
        DashboardSort.Ip => summary?.ResultIndex,
        DashboardSort.Ie => summary?.EfficiencyIndex,
        DashboardSort.Federal => summary?.FederalEfficiency,
        DashboardSort.Funding => summary?.FundingPercent,
        _ => null,
    };

    /// <summary>The campaign's nearest deadline over the programs shown in the counts (the default campaign's when there are none).</summary>
    private static DateOnly Campaign(DashboardFilter filter, IReadOnlyList<CampaignLine> rows) =>
        rows.Count == 0 ? ReportingCampaign.Default.DeadlineOf(filter.Period) : rows.Min(r => r.Deadline);
}
