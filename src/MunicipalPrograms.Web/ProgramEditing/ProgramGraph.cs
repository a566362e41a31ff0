using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>Loads everything a plan is read from or applied to, tracked (one query per collection).</summary>
public static class ProgramGraph
{
    public static Task<MunicipalProgram?> LoadTrackedAsync(AppDbContext db, int programId, CancellationToken ct) =>
        db.Programs.AsSplitQuery().Where(p => p.Id == programId)
            .Include(p => p.CoExecutors)
            .Include(p => p.Subprograms)
            .Include(p => p.Goals).ThenInclude(g => g.Objectives)
            .Include(p => p.Activities).ThenInclude(a => a.Executors)
            .Include(p => p.Activities).ThenInclude(a => a.ExpectedResults)
            .Include(p => p.Indicators).ThenInclude(i => i.Values)
            .Include(p => p.FundingLines)
            .Include(p => p.Indicators).ThenInclude(i => i.Passport).ThenInclude(x => x!.BaseMeasures)
            .Include(p => p.CapitalObjects)
            .Include(p => p.ResourceNeeds)
            .SingleOrDefaultAsync(ct);
}
