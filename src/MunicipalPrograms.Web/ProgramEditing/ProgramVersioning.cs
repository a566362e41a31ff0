using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>Keeps the stored program's plan as its next редакция (after an approval, or when demo data is loaded).</summary>
public static class ProgramVersioning
{
    /// <returns>The number of the new редакция.</returns>
    public static async Task<int> RecordAsync(AppDbContext db, MunicipalProgram program, ApprovalAct approval, string userName, DateTimeOffset now,
        CancellationToken ct, int? number = null)
    {
        await db.SaveChangesAsync(ct); // the plan is read back with the ids of the rows just inserted
        var next = number ?? (await db.ProgramVersions.Where(v => v.ProgramId == program.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
        db.ProgramVersions.Add(new ProgramVersion
        {
            ProgramId = program.Id, Number = next, Act = Copy(approval.Act), Summary = approval.Summary, EffectiveFrom = approval.EffectiveFrom,
            ApprovedAt = now, ApprovedBy = userName, PlanJson = ProgramPlanJson.Write(ProgramPlanReader.From(program)),
        });
        program.Revision = next;
        if (program.Status == ProgramStatus.Draft)
        {
            program.Status = ProgramStatus.InForce;
            program.ApprovingAct = Copy(approval.Act);
        }
        return next;
    }

    private static LegalAct Copy(LegalAct a) => new() { Kind = a.Kind, Issuer = a.Issuer, Date = a.Date, Number = a.Number, Title = a.Title };
}
