using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.OpenData;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.PublicSite;

/// <summary>The public pages' reads: the open-data rows of one program plus its goals, nothing else.</summary>
public sealed class PublicQueries(AppDbContext db, OpenDataQueries data, TimeProvider clock)
{
    public async Task<PublicRegistry> RegistryAsync(string? municipality, CancellationToken ct)
    {
        var programs = await data.ProgramsAsync(ct);
        var municipalities = programs.Select(p => new MunicipalityOption(p.MunicipalityCode, p.MunicipalityName)).Distinct()
            .OrderBy(m => m.Name).ToList();
        var shown = string.IsNullOrEmpty(municipality) ? programs : programs.Where(p => p.MunicipalityCode == municipality).ToList();
        return new PublicRegistry(municipality, municipalities, shown);
    }

    public async Task<PublicProgram?> ProgramAsync(int id, CancellationToken ct)
    {
        if ((await data.ProgramsAsync(id, ct)).SingleOrDefault() is not { } passport) return null;
        var expected = await PublicScope.Programs(db, clock.Today()).Where(p => p.Id == id).Select(p => p.ExpectedResults).SingleAsync(ct);
        var goals = await db.Goals.AsNoTracking().Where(g => g.ProgramId == id).OrderBy(g => g.SortOrder).ThenBy(g => g.Id)
            .Select(g => new PublicGoal(g.Code, g.Name, g.Objectives.OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => o.Name).ToList()))
            .ToListAsync(ct);
        return new PublicProgram(passport, expected, goals, await data.IndicatorsAsync(id, ct), await data.FundingAsync(id, ct),
            await data.EvaluationsAsync(id, ct));
    }

    /// <summary>The evaluation of an accepted report (null when the program is not public or the report not accepted).</summary>
    public async Task<PublicEvaluation?> EvaluationAsync(int id, ReportingPeriod period, CancellationToken ct)
    {
        if ((await data.ProgramsAsync(id, ct)).SingleOrDefault() is not { } program) return null;
        var accepted = await PublicScope.AcceptedReports(db, clock.Today())
            .AnyAsync(r => r.ProgramId == id && r.Year == period.Year && r.Period == period.Kind, ct);
        if (!accepted) return null;
        var evaluation = (await data.EvaluationsAsync(id, ct)).Single(e => e.Year == period.Year && e.Period == period.Kind);
        var indicators = (await data.IndicatorsAsync(id, ct)).Where(i => i.Year == period.Year && i.Period == period.Kind).ToList();
        return new PublicEvaluation(program, evaluation, indicators);
    }
}
