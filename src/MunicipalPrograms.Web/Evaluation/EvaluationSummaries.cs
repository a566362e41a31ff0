using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ProgramCache;
using Npgsql;

namespace MunicipalPrograms.Web.Evaluation;

/// <summary>
/// The evaluation summaries of many programs for one period, each current (ADR 0033): one query reads the stored
/// summaries beside the programs' stamps; the programs whose summary is missing or older than their stamp are evaluated by
/// <see cref="EvaluationService"/> (500 at a time, no copies kept) and their summaries stored. Filtering the dashboard by
/// grade or sorting it by an index over 15 000 programs, or publishing every evaluation, then evaluates only what changed
/// since the last time — on any instance, since the summaries are in the database.
/// </summary>
public sealed class EvaluationSummaries(AppDbContext db, EvaluationService evaluation)
{
    private const int Batch = 500;

    /// <summary>The current summaries of the given programs for the period, by program id.</summary>
    public async Task<Dictionary<int, EvaluationSummary>> ForAsync(IQueryable<MunicipalProgram> programs, ReportingPeriod period, CancellationToken ct)
    {
        var (year, kind) = (period.Year, period.Kind);
        // The stamps joined with the summaries by their key (program, year, period).
        var rows = await (
                from p in ProgramStamps.Of(db, programs)
                join s in db.EvaluationSummaries.Where(s => s.Year == year && s.Period == kind) on p.ProgramId equals s.ProgramId into stored
                from s in stored.DefaultIfEmpty()
                select new { Id = p.ProgramId, Summary = s, p.Stamp })
            .AsNoTracking().ToListAsync(ct);
        var current = rows.Where(r => r.Summary is not null && r.Summary.Stamp == r.Stamp).ToDictionary(r => r.Id, r => r.Summary!);
        foreach (var batch in rows.Where(r => !current.ContainsKey(r.Id)).OrderBy(r => r.Id).Chunk(Batch))
        {
            // Read after the stamps: a summary stored under a stamp is at least as new as it (a later change only makes it stale).
            var stamps = batch.ToDictionary(b => b.Id, b => b.Stamp);
            var ids = stamps.Keys.ToList();
            var fresh = (await evaluation.ForProgramsAsync(db.Programs.Where(p => ids.Contains(p.Id)), period, ct, keep: false))
                .Select(r => EvaluationSummary.Of(r, stamps[r.Program.Id])).OrderBy(s => s.ProgramId).ToList();
            await StoreAsync(fresh, ct);
            foreach (var s in fresh) current[s.ProgramId] = s;
        }
        return current;
    }

    /// <summary>
    /// One statement for a batch; a summary stored meanwhile by another request or instance under a newer stamp is kept,
    /// and a program deleted meanwhile gets none. Rows in program order, so two batches never wait for each other crosswise.
    /// </summary>
    private Task StoreAsync(IReadOnlyList<EvaluationSummary> rows, CancellationToken ct)
    {
        const string Sql = """
            INSERT INTO evaluation_summaries AS s (program_id, year, period, stamp, result_index, efficiency_index, grade,
                federal_efficiency, planned_funding, actual_funding, funding_percent)
            SELECT u.* FROM unnest(@program, @year, @period, @stamp, @ip, @ie, @grade, @federal, @planned, @actual, @percent)
                AS u(program_id, year, period, stamp, result_index, efficiency_index, grade, federal_efficiency, planned_funding,
                     actual_funding, funding_percent)
            WHERE EXISTS (SELECT 1 FROM programs p WHERE p.id = u.program_id)
            ON CONFLICT (program_id, year, period) DO UPDATE SET stamp = EXCLUDED.stamp, result_index = EXCLUDED.result_index,
                efficiency_index = EXCLUDED.efficiency_index, grade = EXCLUDED.grade, federal_efficiency = EXCLUDED.federal_efficiency,
                planned_funding = EXCLUDED.planned_funding, actual_funding = EXCLUDED.actual_funding, funding_percent = EXCLUDED.funding_percent
            WHERE s.stamp < EXCLUDED.stamp
            """;
        NpgsqlParameter Of<T>(string name, Func<EvaluationSummary, T> pick) => new(name, rows.Select(pick).ToArray());
        return db.Database.ExecuteSqlRawAsync(Sql, [
            Of("program", r => r.ProgramId), Of("year", r => r.Year), Of("period", r => r.Period.ToString()), Of("stamp", r => r.Stamp),
            Of("ip", r => r.ResultIndex), Of("ie", r => r.EfficiencyIndex), Of("grade", r => r.Grade.ToString()),
            Of("federal", r => r.FederalEfficiency), Of("planned", r => r.PlannedFunding), Of("actual", r => r.ActualFunding),
            Of("percent", r => r.FundingPercent),
        ], ct);
    }
}
