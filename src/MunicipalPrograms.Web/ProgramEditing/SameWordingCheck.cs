using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ProgramRegistry;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>
/// Rule 1.4 on a saved draft: goals, objectives, indicators and activities worded as in another program of the same
/// municipality are named in one warning (the save is not refused: the finance department decides).
/// </summary>
public sealed class SameWordingCheck(AppDbContext db, ProgramRegistryQuery registry)
{
    public async Task<string?> WarningAsync(int programId, ProgramPlan plan, CancellationToken ct)
    {
        var municipality = await db.Programs.Where(p => p.Id == programId).Select(p => p.MunicipalityId).SingleAsync(ct);
        var messages = PlanRules.SameWordingElsewhere(plan, await registry.OtherWordingsAsync(municipality, programId, ct))
            .Select(m => m.Message).ToList();
        return messages.Count == 0 ? null : string.Join("\n", messages);
    }
}
