using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>One line of the executor's home page or of the finance department's review queue.</summary>
public sealed record ReportListItem(MunicipalProgram Program, ReportingPeriod Period, ProgressReport? Report, ReportCompleteness Completeness,
    DateOnly Deadline, bool Overdue, int DaysLeft, Evaluation.ProgramEvaluationResult? Result)
{
    public ReportStatus Status => Report?.Status ?? ReportStatus.Draft;
    public bool Started => Report is not null;
    /// <summary>The finance department's open remarks on values (filled in by the inbox only).</summary>
    public int OpenValueRemarks { get; init; }

    /// <summary>The local day the report was last submitted (accepted reports keep it).</summary>
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>Days since the submission (clock − submitted day); 0 when not submitted.</summary>
    public int DaysWaiting { get; init; }

    /// <summary>Days the submission came after the deadline; null when on time or not submitted. It stays after submission.</summary>
    public int? LateBy => SubmittedOn is { } s && s > Deadline ? s.DayNumber - Deadline.DayNumber : null;
}

/// <summary>
/// The reports of a period for every program the user sees, with status, deadline and completeness; and the
/// work lists across periods: an executor's reports to do (<see cref="MyWorkAsync"/>) and the finance inbox
/// (<see cref="InboxAsync"/>).
/// </summary>
public sealed class MyReportsQuery(AppDbContext db, TimeProvider clock, EvaluationService evaluation, ProgramCache.ProgramSnapshots cache)
{
    public async Task<List<ReportListItem>> ListAsync(UserScope user, ReportingPeriod period, bool evaluate, CancellationToken ct)
    {
        return await ItemsAsync(DueIn(db.Programs.Visible(user), period), period, evaluate, ct);
    }

    /// <summary>
    /// The programs that report for the period: running in its year and with a report, planned values or funding in it
    /// (the period's list and the campaign dashboard).
    /// </summary>
    public static IQueryable<MunicipalProgram> DueIn(IQueryable<MunicipalProgram> programs, ReportingPeriod period)
    {
        var (year, kind) = (period.Year, period.Kind);
        return programs
            .Where(p => p.StartYear <= year && (p.EndYear == null || p.EndYear >= year))
            .Where(p => p.Reports.Any(r => r.Year == year && r.Period == kind)
                        || p.Indicators.Any(i => i.Values.Any(v => v.Year == year && v.Period == kind))
                        || p.FundingLines.Any(f => f.Year == year && f.Period == kind));
    }

    /// <summary>When the period's report of a program is due (an extension wins) and whether it is overdue today.</summary>
    public static (DateOnly Deadline, bool Overdue) DeadlineOf(MunicipalProgram program, ProgressReport? report, ReportingPeriod period, DateOnly today) =>
        DeadlineOf(program.Municipality!.Campaign, report, period, today);

    public static (DateOnly Deadline, bool Overdue) DeadlineOf(ReportingCampaign campaign, ProgressReport? report, ReportingPeriod period, DateOnly today)
    {
        var deadline = report?.DeadlineUnder(campaign) ?? campaign.DeadlineOf(period);
        return (deadline, report?.IsOverdue(today, campaign) ?? today > deadline);
    }

    /// <summary>
    /// Every report the user is to do, across years and periods: started reports in draft or returned, and for each
    /// kind of period the program plans, the latest period that has ended when its report is not submitted yet.
    /// Older periods never started in the portal are not listed (the demo programs were reported on paper before);
    /// they stay reachable by choosing the period. Programs with nothing to do come with the reason.
    /// </summary>
    public Task<MyWork> MyWorkAsync(UserScope user, CancellationToken ct) =>
        OverAllAsync(user, "my-work", async () => { var w = await ReadMyWorkAsync(user, ct); return (w, w.Items.Count + w.Idle.Count); }, ct);

    /// <summary>The sum of all stamps, read once per request (a page asks for two lists); the lists are GET pages.</summary>
    private long? _stamp;

    /// <summary>
    /// A work list of this user's scope and day kept under the sum of all stamps (ADR 0033): it reads only programs'
    /// rows (programs, reports, plans, funding, remarks, municipalities), so a warm list costs one query (issue 14).
    /// </summary>
    private async Task<T> OverAllAsync<T>(UserScope user, string list, Func<Task<(T Value, int Size)>> read, CancellationToken ct) where T : class
    {
        var key = (user.Visibility(), clock.Today());
        var stamp = _stamp ??= await cache.Stamps.AllStampsAsync(db, ct);
        if (cache.FindOverAll<T>(list, key, stamp) is { } kept) return kept;
        var (value, size) = await read();
        return cache.StoreOverAll(list, key, stamp, value, size);
    }

    private async Task<MyWork> ReadMyWorkAsync(UserScope user, CancellationToken ct)
    {
        var today = clock.Today();
        var programs = await db.Programs.Visible(user).AsNoTracking()
            .Include(p => p.Municipality).Include(p => p.ResponsibleExecutor).Include(p => p.Reports)
            .OrderBy(p => p.Municipality!.Name).ThenBy(p => p.RegistryCode)
            .ToListAsync(ct);
        var ids = programs.Select(p => p.Id).ToList();
        var planned = await db.IndicatorValues.Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && ids.Contains(i.ProgramId)))
            .Select(v => new { ProgramId = db.Indicators.Single(i => i.Id == v.IndicatorId).ProgramId, v.Year, v.Period })
            .Union(db.FundingLines.Where(f => ids.Contains(f.ProgramId)).Select(f => new { f.ProgramId, f.Year, f.Period }))
            .ToListAsync(ct);

        var due = new List<(int ProgramId, ReportingPeriod Period)>();
        var idle = new List<NothingDue>();
        foreach (var p in programs)
        {
            var periods = planned.Where(x => x.ProgramId == p.Id).Select(x => new ReportingPeriod(x.Year, x.Period))
                .Concat(p.Reports.Select(r => r.ReportingPeriod))
                .Where(x => x.Year >= p.StartYear && (p.EndYear is null || x.Year <= p.EndYear)).Distinct().ToList();
            var mine = p.Reports.Where(r => r.Status is ReportStatus.Draft or ReportStatus.Returned).Select(r => r.ReportingPeriod).ToList();
            foreach (var latest in periods.Where(x => x.LastDay < today).GroupBy(x => x.Kind).Select(g => g.MaxBy(x => x.Year)))
            {
                var report = p.Reports.SingleOrDefault(r => r.ReportingPeriod == latest);
                if (report is null) mine.Add(latest);
            }
            if (mine.Count > 0) due.AddRange(mine.Distinct().Select(x => (p.Id, x)));
            else idle.Add(new NothingDue(p, WhyNothingDue(p, periods, today)));
        }

        var items = new List<ReportListItem>();
        foreach (var group in due.GroupBy(d => d.Period))
        {
            var programIds = group.Select(d => d.ProgramId).ToList();
            items.AddRange(await ItemsAsync(db.Programs.Where(p => programIds.Contains(p.Id)), group.Key, evaluate: false, ct));
        }
        var ordered = items.OrderBy(i => i.Deadline).ThenBy(i => i.Program.RegistryCode)
            .Select(i => new WorkItem(i, user.DepartmentId is { } d && i.Program.ResponsibleExecutorId == d)).ToList();
        return new MyWork(ordered, idle);
    }

    /// <summary>A plain sentence on why a program has no report to do now.</summary>
    private static string WhyNothingDue(MunicipalProgram p, List<ReportingPeriod> periods, DateOnly today)
    {
        var parts = new List<string>();
        if (p.Reports.Where(r => r.Status is ReportStatus.Submitted or ReportStatus.Accepted).MaxBy(r => r.ReportingPeriod.LastDay) is { } last)
            parts.Add($"Отчет за {last.ReportingPeriod.Caption()} {ReportWorkflow.Caption(last.Status)}" +
                      (last.Status == ReportStatus.Submitted ? " и ждет проверки." : "."));
        // Cast to nullable: MinBy of an empty sequence of a struct throws instead of answering null.
        if (periods.Where(x => x.LastDay >= today).Select(x => (ReportingPeriod?)x).MinBy(x => x!.Value.LastDay) is { } next)
            parts.Add($"Отчет за {next.Caption()} еще не начался: период заканчивается {RuFormat.Date(next.LastDay)}, срок — {RuFormat.Date(p.Municipality!.Campaign.DeadlineOf(next))}.");
        else if (periods.Count > 0)
        {
            var lastYear = periods.Max(x => x.Year);
            var years = periods.Min(x => x.Year) == lastYear ? $"только на {lastYear} год" : $"только до {lastYear} года";
            parts.Add($"Плановые значения программы заданы {years}: отчета за {lastYear + 1} год не будет, пока в программу не внесены планы на {lastYear + 1} год.");
        }
        else parts.Add("У программы нет плановых значений: отчитываться пока не о чем.");
        return string.Join(" ", parts);
    }

    /// <summary>
    /// The finance inbox: submitted reports of every year and period the user sees, oldest submission first,
    /// each evaluated (its open remarks are counted on the row).
    /// </summary>
    public Task<List<ReportListItem>> InboxAsync(UserScope user, CancellationToken ct) =>
        OverAllAsync(user, "review-inbox", async () => { var items = await ReadInboxAsync(user, ct); return (items, items.Count); }, ct);

    private async Task<List<ReportListItem>> ReadInboxAsync(UserScope user, CancellationToken ct)
    {
        var waiting = await db.Reports.Where(r => r.Status == ReportStatus.Submitted && db.Programs.Visible(user).Any(p => p.Id == r.ProgramId))
            .Select(r => new { r.ProgramId, r.Year, r.Period }).ToListAsync(ct);
        var items = new List<ReportListItem>();
        foreach (var group in waiting.GroupBy(w => new ReportingPeriod(w.Year, w.Period)))
        {
            var programIds = group.Select(w => w.ProgramId).ToList();
            items.AddRange(await ItemsAsync(db.Programs.Where(p => programIds.Contains(p.Id)), group.Key, evaluate: true, ct));
        }
        var reportIds = items.Where(i => i.Report is not null).Select(i => i.Report!.Id).ToList();
        var open = await db.ValueRemarks.Where(r => r.ClosedAt == null && reportIds.Contains(r.ReportId))
            .GroupBy(r => r.ReportId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return items.Select(i => i.Report is { } r && open.TryGetValue(r.Id, out var n) ? i with { OpenValueRemarks = n } : i)
            .OrderBy(i => i.Report!.SubmittedAt).ThenBy(i => i.Program.RegistryCode).ToList();
    }

    /// <summary>
    /// One line per program of <paramref name="programs"/> for <paramref name="period"/>: the programs come evaluated from the
    /// evaluation service, which reads only their stamps when this instance holds them (ADR 0032).
    /// </summary>
    private async Task<List<ReportListItem>> ItemsAsync(IQueryable<MunicipalProgram> programs, ReportingPeriod period, bool evaluate, CancellationToken ct)
    {
        var results = await evaluation.ForProgramsAsync(programs, period, ct);
        var today = clock.Today();
        return results.OrderBy(r => r.Program.Municipality!.Name).ThenBy(r => r.Program.RegistryCode).Select(r =>
        {
            var (p, report) = (r.Program, r.Report);
            var (deadline, overdue) = DeadlineOf(p, report, period, today);
            DateOnly? submitted = report?.SubmittedAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).DateTime) : null;
            return new ReportListItem(p, period, report, ReportCompleteness.Of(p, period), deadline, overdue, deadline.DayNumber - today.DayNumber,
                evaluate ? r : null)
            {
                SubmittedOn = submitted,
                DaysWaiting = submitted is { } s ? today.DayNumber - s.DayNumber : 0,
            };
        }).ToList();
    }

    /// <summary>
    /// The periods the picker offers: the year and the interim periods the user's municipality monitors (a user of the
    /// whole server: those any municipality monitors).
    /// </summary>
    public Task<List<PeriodKind>> PeriodKindsInUseAsync(UserScope user, CancellationToken ct) =>
        OverAllAsync(user, "period-kinds", async () =>
        {
            var campaigns = await db.Municipalities.AsNoTracking().Where(m => user.MunicipalityId == null || m.Id == user.MunicipalityId)
                .Select(m => m.Campaign).ToListAsync(ct);
            var kinds = Enum.GetValues<PeriodKind>().Where(k => k == PeriodKind.Year || campaigns.Any(c => c.InUse(k))).ToList();
            return (kinds, kinds.Count);
        }, ct);

    /// <summary>The period a list asks for, else the campaign under way.</summary>
    public ReportingPeriod PeriodOrCampaign(int? year, PeriodKind? kind) =>
        year is { } y ? new ReportingPeriod(y, kind ?? PeriodKind.Year) : ReportingPeriod.CampaignOn(clock.Today());
}

/// <summary>A report to do, and whether the user's department is the one that submits it.</summary>
public sealed record WorkItem(ReportListItem Item, bool Responsible);

/// <summary>A program the user works on with no report to do now, and why.</summary>
public sealed record NothingDue(MunicipalProgram Program, string Why);

public sealed record MyWork(List<WorkItem> Items, List<NothingDue> Idle);
