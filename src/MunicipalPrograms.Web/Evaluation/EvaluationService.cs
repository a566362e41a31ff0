using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ProgramCache;

namespace MunicipalPrograms.Web.Evaluation;

/// <summary>A program's evaluation for one period, with what the screens print around it.</summary>
public sealed record ProgramEvaluationResult(
    MunicipalProgram Program, ReportingPeriod Period, ProgressReport? Report, ProgramEvaluation Evaluation, MethodologySettings Settings,
    MethodologyVersion? SettingsVersion)
{
    /// <summary>What the reviewer should look at: the scoring's remarks and the report's questionable values.</summary>
    public IReadOnlyList<ScoringIssue> Remarks { get; } = [.. Evaluation.Program.Issues, .. ReportPlausibility.Of(Program, Report, Period)];
}

/// <summary>
/// Loads what the methodology needs (one program, or all programs of a year, in a fixed number of
/// queries) and calls the pure scoring library in MunicipalPrograms.Domain.Scoring.
/// </summary>
public sealed class EvaluationService(AppDbContext db, ProgramSnapshots snapshots)
{
    public async Task<ProgramEvaluationResult?> ForProgramAsync(int programId, ReportingPeriod period, CancellationToken ct = default)
    {
        var results = await LoadAsync(db.Programs.Where(p => p.Id == programId), period, ct);
        return results.Count == 0 ? null : results[0];
    }

    /// <summary>Every program with a report or indicator values in the period (Procedure 4.9).</summary>
    public Task<List<ProgramEvaluationResult>> ForPeriodAsync(ReportingPeriod period, string? municipalityCode, CancellationToken ct = default) =>
        ForPeriodAsync(db.Programs, period, municipalityCode, ct);

    /// <summary>The programs of the period this user may see.</summary>
    public Task<List<ProgramEvaluationResult>> ForPeriodAsync(ReportingPeriod period, string? municipalityCode, UserScope user, CancellationToken ct = default) =>
        ForPeriodAsync(db.Programs.Visible(user), period, municipalityCode, ct);

    private async Task<List<ProgramEvaluationResult>> ForPeriodAsync(IQueryable<MunicipalProgram> scope, ReportingPeriod period, string? municipalityCode, CancellationToken ct)
    {
        var query = scope.Where(p =>
            p.Reports.Any(r => r.Year == period.Year && r.Period == period.Kind)
            || p.Indicators.Any(i => i.Values.Any(v => v.Year == period.Year && v.Period == period.Kind && v.Actual != null)));
        if (!string.IsNullOrEmpty(municipalityCode))
            query = query.Where(p => p.Municipality!.Code == municipalityCode);
        var results = await LoadAsync(query, period, ct);
        return results.OrderBy(r => r.Program.Municipality!.Name).ThenBy(r => r.Program.RegistryCode).ToList();
    }

    /// <summary>The given programs evaluated for the period (the dashboard chooses them); a fixed number of queries.</summary>
    /// <param name="keep">false for a bulk read (the open-data files): copies held are used, new ones are not kept, so
    /// 135 000 evaluations of a download do not push the screens' programs out of the cache.</param>
    public Task<List<ProgramEvaluationResult>> ForProgramsAsync(IQueryable<MunicipalProgram> programs, ReportingPeriod period, CancellationToken ct,
        bool keep = true) =>
        LoadAsync(programs, period, ct, keep);

    /// <summary>Periods that have reports or measured values, newest first.</summary>
    public async Task<List<ReportingPeriod>> PeriodsAsync(int? programId, CancellationToken ct = default)
    {
        if (programId is null) return await AllPeriodsAsync(ct);
        var reports = db.Reports.Where(r => programId == null || r.ProgramId == programId).Select(r => new { r.Year, r.Period });
        var values = db.IndicatorValues.Where(v => v.Actual != null && (programId == null || db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == programId)))
            .Select(v => new { v.Year, v.Period });
        var rows = await reports.Union(values).Distinct().ToListAsync(ct);
        return rows.Select(r => new ReportingPeriod(r.Year, r.Period))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Kind).ToList();
    }

    /// <summary>
    /// Every period with reports or measured values, by a skip scan over the (year, period) indexes: one index probe per
    /// distinct period instead of a DISTINCT over millions of values (15 000 programs: 5 s → under 1 ms; issue 12).
    /// </summary>
    private async Task<List<ReportingPeriod>> AllPeriodsAsync(CancellationToken ct)
    {
        const string Sql = """
            WITH RECURSIVE v AS (
                (SELECT year, period FROM indicator_values WHERE actual IS NOT NULL ORDER BY year, period LIMIT 1)
                UNION ALL
                SELECT n.year, n.period FROM v CROSS JOIN LATERAL (
                    SELECT x.year, x.period FROM indicator_values x WHERE x.actual IS NOT NULL AND (x.year, x.period) > (v.year, v.period)
                    ORDER BY x.year, x.period LIMIT 1) n),
            r AS (
                (SELECT year, period FROM progress_reports ORDER BY year, period LIMIT 1)
                UNION ALL
                SELECT n.year, n.period FROM r CROSS JOIN LATERAL (
                    SELECT x.year, x.period FROM progress_reports x WHERE (x.year, x.period) > (r.year, r.period)
                    ORDER BY x.year, x.period LIMIT 1) n)
            SELECT year AS "Year", period AS "Period" FROM v UNION SELECT year, period FROM r
            """;
        var rows = await db.Database.SqlQueryRaw<StoredPeriod>(Sql).ToListAsync(ct);
        return rows.Select(r => new ReportingPeriod(r.Year, Enum.Parse<PeriodKind>(r.Period)))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Kind).ToList();
    }

    private sealed record StoredPeriod(int Year, string Period);

    /// <summary>Evaluates a loaded program whose Reports hold at most the report of the period.</summary>
    public static ProgramEvaluationResult Evaluate(MunicipalProgram program, ReportingPeriod period)
    {
        var report = program.Reports.SingleOrDefault();
        // The loaders bring the municipality's versions (WithMethodology); an accepted report keeps the one it was accepted with.
        var version = MethodologyVersion.Used(program.Municipality!.MethodologyVersions, report, period.Year);
        var settings = version?.Settings ?? MethodologySettings.Default;
        // Appendix 9: the weights are set in the report; the municipality's mode is the default.
        if (report is not null) settings = settings with { WeightMode = report.WeightMode };
        var input = ProgramInputBuilder.Build(program, report, period);
        return new ProgramEvaluationResult(program, period, report, ProgramEvaluation.Of(input, settings), settings, version);
    }

    /// <summary>
    /// The programs with the period's data, evaluated; an accepted report's plan is the one it was accepted under. Their
    /// stamps first (one query), then only the programs this instance holds no copy of under those stamps are loaded
    /// (a fixed number of queries, none when every copy is current; ADR 0032).
    /// </summary>
    private async Task<List<ProgramEvaluationResult>> LoadAsync(IQueryable<MunicipalProgram> programs, ReportingPeriod period, CancellationToken ct,
        bool keep = true)
    {
        var stamps = await ProgramStamps.OfAsync(db, programs, ct);
        var found = stamps.Select(s => snapshots.Find(Key(s.Key, period), s.Value)?.Result).OfType<ProgramEvaluationResult>().ToList();
        var missing = stamps.Keys.Except(found.Select(r => r.Program.Id)).ToList();
        if (missing.Count == 0) return found;
        var loaded = await db.Programs.Where(p => missing.Contains(p.Id)).WithPeriodData(period).ToListAsync(ct);
        await ProgramEditing.Versions.AcceptedPlanOverlay.ApplyAsync(db, loaded, ct);
        var fresh = loaded.Select(p => Evaluate(p, period)).ToList();
        if (keep) foreach (var r in fresh) snapshots.Store(Key(r.Program.Id, period), stamps[r.Program.Id], r);
        return [.. found, .. fresh];
    }

    private static SnapshotKey Key(int programId, ReportingPeriod period) => new(SnapshotKind.Evaluation, programId, period);
}

public static class PeriodDataLoading
{
    /// <summary>
    /// Everything the methodology needs for one period, for many programs at once: one split query per
    /// collection, untracked. The values of the year before come too (growth rates, previous facts).
    /// </summary>
    public static IQueryable<MunicipalProgram> WithPeriodData(this IQueryable<MunicipalProgram> programs, ReportingPeriod period)
    {
        var (year, kind) = (period.Year, period.Kind);
        return programs.AsNoTracking().AsSplitQuery()
            .Include(p => p.Municipality).ThenInclude(m => m!.MethodologyVersions)
            .Include(p => p.ResponsibleExecutor)
            .Include(p => p.Subprograms)
            .Include(p => p.Activities)
            .Include(p => p.Indicators).ThenInclude(i => i.Values.Where(v => v.Year == year || v.Year == year - 1))
            .Include(p => p.FundingLines.Where(f => f.Year == year && f.Period == kind))
            .Include(p => p.Reports.Where(r => r.Year == year && r.Period == kind)).ThenInclude(r => r.Weights)
            .Include(p => p.Reports.Where(r => r.Year == year && r.Period == kind)).ThenInclude(r => r.ActivityExecutions);
    }
}
