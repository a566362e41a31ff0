using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>Loads what the draft screens show (<see cref="DraftPage"/>): null when the user cannot see the program.</summary>
public sealed class DraftPageLoader(AppDbContext db)
{
    public async Task<DraftPage?> LoadAsync(int programId, UserScope user, CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().Visible(user).Where(p => p.Id == programId)
            .Select(p => new { p.Id, p.Name, p.RegistryCode, p.MunicipalityId, p.ResponsibleExecutorId, p.Municipality!.BudgetNames, p.Municipality.MoneyUnit })
            .SingleOrDefaultAsync(ct);
        if (program is null) return null;
        var draft = await db.ProgramDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProgramId == programId, ct);
        var departments = await db.Departments.AsNoTracking().Where(d => d.MunicipalityId == program.MunicipalityId && d.ClosedOn == null)
            .OrderBy(d => d.Name).Select(d => new DraftDepartment(d.Id, d.Name, d.ShortName ?? d.Name)).ToListAsync(ct);
        int? approvedEnd = null;
        if (draft is { Kind: DraftKind.Amendment })
        {
            var latest = await db.ProgramVersions.AsNoTracking().Where(v => v.ProgramId == programId)
                .OrderByDescending(v => v.Number).Select(v => v.PlanJson).FirstOrDefaultAsync(ct);
            approvedEnd = latest is null ? null : ProgramPlanJson.Read(latest).Passport.EndYear;
        }
        var stored = new MunicipalProgram { Id = program.Id, ResponsibleExecutorId = program.ResponsibleExecutorId };
        var plan = draft?.Plan() ?? new ProgramPlan();
        return new DraftPage
        {
            ProgramId = program.Id, ProgramName = program.Name, RegistryCode = program.RegistryCode, Draft = draft,
            Plan = plan, Departments = departments, ApprovedEndYear = approvedEnd, BudgetNames = program.BudgetNames, MoneyUnit = program.MoneyUnit,
            UserMayEdit = ProgramDraftService.CanEdit(stored, user),
            Rights = draft is null ? DraftRights.None : DraftRights.For(stored, plan, user, draft.IsEditable),
        };
    }

    /// <summary>The plan of the редакция an amendment was copied from (to show what the draft changed), or null.</summary>
    public async Task<ProgramPlan?> BasePlanAsync(int programId, ProgramDraft draft, CancellationToken ct)
    {
        if (draft.BaseVersionNumber is not { } number) return null;
        var json = await db.ProgramVersions.AsNoTracking().Where(v => v.ProgramId == programId && v.Number == number)
            .Select(v => v.PlanJson).SingleOrDefaultAsync(ct);
        return json is null ? null : ProgramPlanJson.Read(json);
    }
}
