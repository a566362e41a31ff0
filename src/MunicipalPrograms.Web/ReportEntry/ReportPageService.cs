using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ProgramCache;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// Loads one program's report for one period in a fixed number of queries (split query, one per
/// collection — the count does not grow with the number of indicators) and builds the page.
/// </summary>
public sealed class ReportPageService(AppDbContext db, TimeProvider clock, ProgramSnapshots snapshots)
{
    /// <summary>
    /// The page as stored: the program's stamp first (one compiled query), then the loaded and evaluated program this
    /// instance holds for that stamp, or a fresh load kept for the next request (ADR 0032). The user's right to see the
    /// program is asked of the database (ProgramAccess) once per user and snapshot.
    /// </summary>
    public async Task<ReportPage?> LoadAsync(int programId, ReportingPeriod period, UserScope user, CancellationToken ct)
    {
        var stamp = await snapshots.Stamps.StampOfAsync(db, programId, ct);
        var key = new SnapshotKey(SnapshotKind.ReportPage, programId, period);
        var snapshot = snapshots.Find(key, stamp);
        if (snapshot is null)
        {
            var program = await LoadProgramAsync(programId, period, user, ct); // applies ProgramAccess
            if (program is null) return null;
            snapshot = snapshots.Store(key, stamp, EvaluationService.Evaluate(program, period));
        }
        else if (!snapshot.VisibleTo.ContainsKey(user) && !await db.Programs.Visible(user).AnyAsync(p => p.Id == programId, ct))
            return null;
        snapshot.VisibleTo.TryAdd(user, true);
        return Build(snapshot.Result, user, form: null, tablesKey: $"{programId}/{period.Year}/{period.Kind}/{stamp}/{user}/{clock.Today():yyyy-MM-dd}");
    }

    /// <summary>The opening of every change to a report: the program as this user sees it, and whether they may edit.</summary>
    public async Task<OpenedReport> OpenForEditAsync(int programId, ReportingPeriod period, UserScope user, CancellationToken ct)
    {
        var program = await LoadProgramAsync(programId, period, user, ct);
        if (program is null) return new OpenedReport(ReportAccess.NotFound, null, null);
        var rights = ReportRights.For(program, user);
        return new OpenedReport(rights.CanEditAnything ? ReportAccess.Allowed : ReportAccess.Forbidden, program, rights);
    }

    /// <summary>What is missing before submission: required values, and errors that make the evaluation invalid.</summary>
    public static ReportCompleteness CompletenessOf(MunicipalProgram program, ReportingPeriod period) =>
        CompletenessOf(program, period, EvaluationService.Evaluate(program, period));

    private static ReportCompleteness CompletenessOf(MunicipalProgram program, ReportingPeriod period, ProgramEvaluationResult result) =>
        ReportCompleteness.Of(program, period).WithErrors(result.Evaluation.Program.Issues
            .Where(i => i.Severity == Domain.Scoring.IssueSeverity.Error).Select(i => i.Message), "section-indicators");

    /// <summary>
    /// Six small queries, each keyed by the program id (no repeated joins to the program row as a split
    /// Include would make): the count is fixed, whatever the number of indicators. The program row comes
    /// with its goals, objectives and subprograms in one query — a few rows each, so their product stays small.
    /// </summary>
    public async Task<MunicipalProgram?> LoadProgramAsync(int programId, ReportingPeriod period, UserScope user, CancellationToken ct)
    {
        var (year, kind) = (period.Year, period.Kind);
        var program = await db.Programs.AsNoTracking().Visible(user).Where(p => p.Id == programId)
            .Include(p => p.Municipality).ThenInclude(m => m!.MethodologyVersions).Include(p => p.ResponsibleExecutor)
            .Include(p => p.Goals).ThenInclude(g => g.Objectives).Include(p => p.Subprograms)
            .AsSingleQuery().SingleOrDefaultAsync(ct);
        if (program is null) return null;
        program.Activities = await db.Activities.AsNoTracking().Where(a => a.ProgramId == programId).Include(a => a.Executors).ToListAsync(ct);
        program.Indicators = await db.Indicators.AsNoTracking().Where(i => i.ProgramId == programId)
            .Include(i => i.Values.Where(v => v.Year == year || v.Year == year - 1)).ToListAsync(ct);
        program.FundingLines = await db.FundingLines.AsNoTracking()
            .Where(f => f.ProgramId == programId && f.Year == year && f.Period == kind).ToListAsync(ct);
        program.Reports = await db.Reports.AsNoTracking().Where(r => r.ProgramId == programId && r.Year == year && r.Period == kind)
            .Include(r => r.Weights).ToListAsync(ct);
        if (!IsReportable(program, period)) return null;
        if (program.Reports.FirstOrDefault() is { } report)
        {
            report.ActivityExecutions = await db.ActivityExecutions.AsNoTracking().Where(x => x.ReportId == report.Id).ToListAsync(ct);
            report.Remarks = await db.ValueRemarks.AsNoTracking().Where(x => x.ReportId == report.Id).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToListAsync(ct);
        }
        await ProgramEditing.Versions.AcceptedPlanOverlay.ApplyAsync(db, [program], ct);
        return program;
    }

    /// <summary>
    /// A report exists for a year of the program's period that has a plan for that period (or a report already stored):
    /// any other address answers 404, so no save, submission or extension creates a report row for it.
    /// </summary>
    private static bool IsReportable(MunicipalProgram program, ReportingPeriod period)
    {
        if (period.Year < program.StartYear || program.EndYear is { } end && period.Year > end) return false;
        return program.Reports.Count > 0 || program.FundingLines.Count > 0
               || program.Indicators.Any(i => i.Values.Any(v => v.Year == period.Year && v.Period == period.Kind && v.Planned is not null));
    }

    /// <summary>
    /// Builds the page from a loaded program. With <paramref name="form"/> (a failed save) the user's
    /// typed values are shown instead of the stored ones, so nothing typed is lost.
    /// </summary>
    public ReportPage Build(MunicipalProgram program, ReportingPeriod period, UserScope user, ReportForm? form, bool preview = false) =>
        Build(EvaluationService.Evaluate(program, period), user, form, preview);

    /// <summary>The page of an evaluated program; reads the program and never changes it (it may be a cached copy).</summary>
    private ReportPage Build(ProgramEvaluationResult result, UserScope user, ReportForm? form, bool preview = false, string? tablesKey = null)
    {
        var (program, period) = (result.Program, result.Period);
        var rights = ReportRights.For(program, user);
        var stored = StoredForm(program, period, result.Report);
        var indicators = IndicatorLines(program, period, result, rights);
        var funding = FundingLines(program, rights);
        var activities = ActivityLines(program, result.Report, rights);
        return new ReportPage
        {
            Result = result, Rights = rights,
            Completeness = CompletenessOf(program, period, result),
            OwnCompleteness = !rights.IsResponsible && rights.CanEditAnything
                ? ReportCompleteness.Of(program, period, a => a is { } activity && rights.CanEditActivity(activity)) : null,
            Form = form is null ? stored : Overlay(stored, form), Indicators = indicators, Funding = funding, Activities = activities,
            Today = clock.Today(), IsPreview = preview, TablesKey = tablesKey,
            Remarks = MunicipalPrograms.Web.Remarks.RemarkView.Of(program, period, rights),
        };
    }

    private static ReportForm StoredForm(MunicipalProgram program, ReportingPeriod period, ProgressReport? report) => new()
    {
        ReportVersion = report?.Version ?? 0,
        WeightMode = (report?.WeightMode ?? WeightMode.Equal).ToString(),
        Indicators = OrderedValues(program, period).Select(x => new IndicatorRow
        {
            ValueId = x.Value.Id, Version = x.Value.Version, Actual = RuInput.Show(x.Value.Actual), NotMeasured = x.Value.NotMeasured,
            DeviationReason = x.Value.DeviationReason,
            Weight = RuInput.Show(report?.Weights.FirstOrDefault(w => w.IndicatorId == x.Indicator.Id)?.Weight),
        }).ToList(),
        Funding = OrderedFunding(program).Select(x => new FundingRow { LineId = x.Line.Id, Version = x.Line.Version, Actual = RuInput.ShowMoney(x.Line.Actual) }).ToList(),
        Activities = OrderedActivities(program).Select(x =>
        {
            var e = report?.ActivityExecutions.FirstOrDefault(a => a.ActivityId == x.Activity.Id);
            return new ActivityRow
            {
                ActivityId = x.Activity.Id, Version = e?.Version ?? 0,
                Completed = e?.Completed switch { true => "yes", false => "no", _ => "" },
                ActualCompletion = e?.ActualCompletion is { } done ? RuFormat.Date(done) : null,
                Done = e?.Done, NotDoneReason = e?.NotDoneReason, Problems = e?.Problems,
            };
        }).ToList(),
        Texts = ReportTextsMapper.ToForm(report),
    };

    /// <summary>The user's typed values over the stored rows, matched by id; versions stay the stored ones.</summary>
    private static ReportForm Overlay(ReportForm stored, ReportForm posted)
    {
        var indicators = posted.Indicators.GroupBy(r => r.ValueId).ToDictionary(g => g.Key, g => g.First());
        var funding = posted.Funding.GroupBy(r => r.LineId).ToDictionary(g => g.Key, g => g.First());
        var activities = posted.Activities.GroupBy(r => r.ActivityId).ToDictionary(g => g.Key, g => g.First());
        stored.Indicators = stored.Indicators.Select(r => indicators.TryGetValue(r.ValueId, out var p) ? Keep(p, r.Version) : r).ToList();
        stored.Funding = stored.Funding.Select(r => funding.TryGetValue(r.LineId, out var p) ? Keep(p, r.Version) : r).ToList();
        stored.Activities = stored.Activities.Select(r => activities.TryGetValue(r.ActivityId, out var p) ? Keep(p, r.Version) : r).ToList();
        if (posted.Texts.Posted) stored.Texts = posted.Texts;
        if (posted.WeightMode is not null) stored.WeightMode = posted.WeightMode;
        return stored;
    }

    private static IndicatorRow Keep(IndicatorRow p, uint version) { p.Version = version; return p; }
    private static FundingRow Keep(FundingRow p, uint version) { p.Version = version; return p; }
    private static ActivityRow Keep(ActivityRow p, uint version) { p.Version = version; return p; }

    private static List<(Domain.Indicators.Indicator Indicator, Domain.Indicators.IndicatorValue Value)> OrderedValues(MunicipalProgram program, ReportingPeriod period) =>
        Domain.Indicators.Indicator.InOrder(program.Indicators)
            .Select(i => (Indicator: i, Value: i.ValueFor(period)!)).Where(x => x.Value is not null).ToList();

    private static List<(Activity Activity, Domain.Funding.FundingLine Line)> OrderedFunding(MunicipalProgram program)
    {
        var order = OrderedActivities(program).Select((a, k) => (a.Activity.Id, k)).ToDictionary(x => x.Id, x => x.k);
        var activities = program.Activities.ToDictionary(a => a.Id);
        return program.FundingLines.OrderBy(f => order.GetValueOrDefault(f.ActivityId)).ThenBy(f => f.Source).ThenBy(f => f.ExecutorId)
            .Select(f => (activities[f.ActivityId], f)).ToList();
    }

    /// <summary>Activities in document order (the one walk of the portal: Domain/Programs/ActivityTree).</summary>
    private static List<(Activity Activity, int Depth)> OrderedActivities(MunicipalProgram program) =>
        new ActivityTree(program.Activities).Nodes.Select(n => (n.Activity, n.Depth)).ToList();

    private static List<IndicatorLine> IndicatorLines(MunicipalProgram program, ReportingPeriod period, ProgramEvaluationResult result, ReportRights rights)
    {
        var scores = result.Evaluation.Program.Indicators;
        var weights = result.Report?.Weights.ToDictionary(w => w.IndicatorId, w => w.Weight) ?? [];
        var groups = new IndicatorGroups(program);
        return OrderedValues(program, period).Select((x, k) =>
        {
            var score = scores.FirstOrDefault(s => s.Input.Code == x.Indicator.Code);
            var previous = x.Indicator.ValueFor(ReportingPeriod.AnnualOf(period.Year - 1));
            return new IndicatorLine(groups.Of(x.Indicator), x.Indicator, x.Value, previous?.Actual, score,
                score?.StatedWeight ?? weights.GetValueOrDefault(x.Indicator.Id), rights.CanEditIndicator(x.Indicator.ActivityId), k);
        }).ToList();
    }

    private static List<FundingLineView> FundingLines(MunicipalProgram program, ReportRights rights) =>
        OrderedFunding(program).Select((x, k) => new FundingLineView(x.Activity, x.Line, rights.CanEditActivity(x.Activity.Id), k)).ToList();

    private static List<ActivityLine> ActivityLines(MunicipalProgram program, ProgressReport? report, ReportRights rights) =>
        OrderedActivities(program).Select((x, k) => new ActivityLine(x.Activity, x.Depth,
            report?.ActivityExecutions.FirstOrDefault(e => e.ActivityId == x.Activity.Id), rights.CanEditActivity(x.Activity.Id), k)).ToList();
}
