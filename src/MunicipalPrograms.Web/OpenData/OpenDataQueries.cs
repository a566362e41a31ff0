using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.PublicSite;

namespace MunicipalPrograms.Web.OpenData;

/// <summary>
/// The published data, read once for the open-data files and the public pages: approved programs only, facts and
/// evaluations of accepted reports only (<see cref="PublicScope"/>). One SQL query per set (the evaluations: one
/// evaluation per accepted report, as the evaluation screens compute it).
/// </summary>
public sealed class OpenDataQueries(AppDbContext db, EvaluationSummaries summaries, TimeProvider clock)
{
    private DateOnly Today => clock.Today();

    public Task<List<ProgramRow>> ProgramsAsync(CancellationToken ct) => ProgramsAsync(null, ct);

    public async Task<List<ProgramRow>> ProgramsAsync(int? programId, CancellationToken ct)
    {
        var today = Today;
        var rows = await PublicScope.Programs(db, today).AsNoTracking()
            .Where(p => programId == null || p.Id == programId)
            .OrderBy(p => p.Municipality!.Name).ThenBy(p => p.RegistryCode)
            .Select(p => new
            {
                p.Id, MunicipalityCode = p.Municipality!.Code, MunicipalityName = p.Municipality.Name, p.RegistryCode, p.Name,
                p.StartYear, p.EndYear, p.Status, Executor = p.ResponsibleExecutor!.Name, p.SocioEconomicGoal,
                // The редакция in force today: the latest effective by then (ProgramVersion.InForceOn, in SQL).
                Version = db.ProgramVersions.Where(v => v.ProgramId == p.Id && v.EffectiveFrom <= today)
                    .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Number)
                    .Select(v => new { v.Number, v.EffectiveFrom, v.Act.Kind, v.Act.Date, ActNumber = v.Act.Number }).First(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ProgramRow(r.Id, r.MunicipalityCode, r.MunicipalityName, r.RegistryCode, r.Name, r.StartYear,
            r.EndYear, r.Status, r.Executor, r.SocioEconomicGoal, r.Version.Number, r.Version.EffectiveFrom,
            r.Version.Kind, r.Version.Date, r.Version.ActNumber)).ToList();
    }

    /// <summary>Every program's values, read row by row as the file is written (6 000 000 at 15 000 programs).</summary>
    public IAsyncEnumerable<IndicatorRow> IndicatorsStream() => Indicators(null).AsAsyncEnumerable();

    public Task<List<IndicatorRow>> IndicatorsAsync(int? programId, CancellationToken ct) => Indicators(programId).ToListAsync(ct);

    /// <summary>The sets grouped or evaluated in memory first (at most one row per program, year, period and source).</summary>
    public static async IAsyncEnumerable<T> Stream<T>(Task<List<T>> rows)
    {
        foreach (var row in await rows) yield return row;
    }

    /// <summary>Every planned or measured value; the fact only when the report of its year and period was accepted.</summary>
    private IQueryable<IndicatorRow> Indicators(int? programId)
    {
        var programs = PublicScope.Programs(db, Today).Where(p => programId == null || p.Id == programId);
        var accepted = PublicScope.AcceptedReports(db, Today);
        return (from v in db.IndicatorValues.AsNoTracking()
                join i in db.Indicators on v.IndicatorId equals i.Id
                join p in programs on i.ProgramId equals p.Id
                orderby p.Municipality!.Name, p.RegistryCode, i.SortOrder, i.Id, v.Year, v.Period
                select new IndicatorRow(p.Id, p.Municipality!.Code, p.RegistryCode, i.Id, i.Code, i.Name, i.Unit, i.Kind, i.Direction,
                    v.Year, v.Period, v.Planned, v.PlannedUpper,
                    accepted.Any(r => r.ProgramId == p.Id && r.Year == v.Year && r.Period == v.Period) ? v.Actual : null));
    }

    public Task<List<FundingRow>> FundingAsync(CancellationToken ct) => FundingAsync(null, ct);

    /// <summary>
    /// The funding plan and execution by program × year × period × source (activities and executors summed); no execution
    /// when none of the lines has one (SQL's SUM would say 0).
    /// </summary>
    public async Task<List<FundingRow>> FundingAsync(int? programId, CancellationToken ct)
    {
        var programs = PublicScope.Programs(db, Today).Where(p => programId == null || p.Id == programId);
        var accepted = PublicScope.AcceptedReports(db, Today);
        var rows = await (from f in db.FundingLines.AsNoTracking()
                          join p in programs on f.ProgramId equals p.Id
                          group f by new { p.Id, MunicipalityCode = p.Municipality!.Code, Municipality = p.Municipality.Name, p.Municipality.MoneyUnit,
                              p.RegistryCode, f.Year, f.Period, f.Source } into g
                          select new
                          {
                              g.Key, Planned = g.Sum(f => f.Planned), Actual = g.Sum(f => f.Actual), Reported = g.Count(f => f.Actual != null),
                              Accepted = accepted.Any(r => r.ProgramId == g.Key.Id && r.Year == g.Key.Year && r.Period == g.Key.Period),
                          })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Key.Municipality).ThenBy(r => r.Key.RegistryCode).ThenBy(r => r.Key.Year).ThenBy(r => r.Key.Period)
            .ThenBy(r => r.Key.Source)
            .Select(r => new FundingRow(r.Key.Id, r.Key.MunicipalityCode, r.Key.RegistryCode, r.Key.MoneyUnit, r.Key.Year, r.Key.Period,
                r.Key.Source, r.Planned, r.Accepted && r.Reported > 0 ? r.Actual : null))
            .ToList();
    }

    public Task<List<EvaluationRow>> EvaluationsAsync(CancellationToken ct) => EvaluationsAsync(null, ct);

    /// <summary>The evaluation of every accepted report, computed as the evaluation screens compute it.</summary>
    public async Task<List<EvaluationRow>> EvaluationsAsync(int? programId, CancellationToken ct)
    {
        var reports = await PublicScope.AcceptedReports(db, Today).AsNoTracking()
            .Where(r => programId == null || r.ProgramId == programId)
            .Select(r => new { r.ProgramId, r.Year, r.Period, r.AcceptedAt, MunicipalityCode = db.Programs.Where(p => p.Id == r.ProgramId).Select(p => p.Municipality!.Code).First(),
                Municipality = db.Programs.Where(p => p.Id == r.ProgramId).Select(p => p.Municipality!.Name).First(),
                RegistryCode = db.Programs.Where(p => p.Id == r.ProgramId).Select(p => p.RegistryCode).First() })
            .ToListAsync(ct);
        // The stored summaries, a period at a time: only the programs changed since they were stored are evaluated
        // (ADR 0033; computing all 135 000 on every download took 95 s at 15 000 programs, issue 12).
        var evaluated = new Dictionary<(int, ReportingPeriod), EvaluationSummary>();
        foreach (var period in reports.GroupBy(r => new ReportingPeriod(r.Year, r.Period)))
        {
            var ids = period.Select(r => r.ProgramId).ToList();
            foreach (var (id, summary) in await summaries.ForAsync(db.Programs.Where(p => ids.Contains(p.Id)), period.Key, ct))
                evaluated[(id, period.Key)] = summary;
        }
        var rows = new List<EvaluationRow>();
        foreach (var r in reports.OrderBy(r => r.Municipality).ThenBy(r => r.RegistryCode).ThenBy(r => r.Year).ThenBy(r => r.Period))
        {
            if (!evaluated.TryGetValue((r.ProgramId, new ReportingPeriod(r.Year, r.Period)), out var e)) continue;
            rows.Add(new EvaluationRow(r.ProgramId, r.MunicipalityCode, r.RegistryCode, r.Year, r.Period, r.AcceptedAt,
                e.ResultIndex, e.EfficiencyIndex, e.Grade, e.PlannedFunding, e.ActualFunding));
        }
        return rows;
    }
}
