using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.ProgramEditing.Grids;

/// <summary>
/// What both grids stand on: the program (with its municipality), its open draft, whether this user edits it as a whole
/// (<see cref="CanEdit"/>) and what this user may change (<see cref="Rights"/>).
/// </summary>
public sealed record GridContext(MunicipalProgram Program, ProgramDraft? Draft, ProgramPlan? Plan, bool CanEdit, bool CanOpenAmendment)
{
    /// <summary>The years of the plan's period; an open-ended program shows six years from its start.</summary>
    public IReadOnlyList<int> Years => Plan is null ? [] : PeriodYears(Plan.Passport);

    /// <summary>What this user may change (a co-executor: its own activities' funding and indicators' plans).</summary>
    public DraftRights Rights { get; init; } = DraftRights.None;

    public static IReadOnlyList<int> PeriodYears(PlanPassport p) =>
        Enumerable.Range(p.StartYear, (p.EndYear ?? p.StartYear + 5) - p.StartYear + 1).ToList();
}

/// <summary>Loads the grids' context and indicator facts; the rights are the draft service's.</summary>
public sealed class PlanGridService(AppDbContext db, ProgramDraftService drafts)
{
    public async Task<GridContext?> LoadAsync(int programId, UserScope user, CancellationToken ct)
    {
        var program = await db.Programs.Visible(user).Include(p => p.Municipality).AsNoTracking().SingleOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null) return null;
        var draft = await drafts.DraftOfAsync(programId, ct);
        var mayEdit = ProgramDraftService.CanEdit(program, user);
        var plan = draft?.Plan();
        return new GridContext(program, draft, plan, mayEdit && draft is { IsEditable: true },
            mayEdit && draft is null && program.Status == Domain.Common.ProgramStatus.InForce)
        {
            Rights = draft is null || plan is null ? DraftRights.None : DraftRights.For(program, plan, user, draft.IsEditable),
        };
    }

    /// <summary>Indicators with facts in reports: dropping them is refused at approval, so the grid warns.</summary>
    public async Task<HashSet<int>> IndicatorsWithFactsAsync(int programId, CancellationToken ct) =>
        (await db.IndicatorValues.Where(v => v.Actual != null && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == programId))
            .Select(v => v.IndicatorId).Distinct().ToListAsync(ct)).ToHashSet();
}
