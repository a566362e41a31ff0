using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Versions;

/// <summary>
/// Reads a program's редакции for the screens: the draft panel, the list, the program as of a day (from the stored plan
/// of the редакция in force then, not today's tables) and the diff of two редакции or of the draft against its base.
/// A program the user cannot see is null (a 404).
/// </summary>
public sealed class ProgramVersionQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<ProgramHead?> HeadAsync(int programId, UserScope user, CancellationToken ct)
    {
        var program = await db.Programs.Visible(user).AsNoTracking().Include(p => p.Municipality)
            .SingleOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null) return null;
        var departments = await db.Departments.AsNoTracking().Where(d => d.MunicipalityId == program.MunicipalityId)
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return new ProgramHead(program.Id, program.Name, program.RegistryCode, program.Municipality!.MoneyUnit, program.Municipality.BudgetNames, departments);
    }

    public async Task<DraftPanel?> PanelAsync(int programId, UserScope user, CancellationToken ct)
    {
        var program = await db.Programs.Visible(user).AsNoTracking().SingleOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null) return null;
        var draft = await db.ProgramDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProgramId == programId, ct);
        var versions = await db.ProgramVersions.CountAsync(v => v.ProgramId == programId, ct);
        return Panel(program, draft, versions, user);
    }

    public static DraftPanel Panel(MunicipalProgram program, ProgramDraft? draft, int versions, UserScope user)
    {
        var edit = ProgramDraftService.CanEdit(program, user);
        var review = ProgramDraftService.CanReview(user);
        return new DraftPanel
        {
            ProgramId = program.Id, ProgramName = program.Name, ProgramStatus = program.Status, VersionCount = versions, Draft = draft,
            IsEditor = edit, IsReviewer = review,
            CanOpen = draft is null && edit && program.Status == ProgramStatus.InForce && versions > 0,
            CanEdit = draft is { IsEditable: true } && edit,
            CanSend = draft is { IsEditable: true } && edit,
            CanReturn = draft is { Status: DraftStatus.UnderReview or DraftStatus.Agreed } && review,
            CanAgree = draft is { Status: DraftStatus.UnderReview } && review,
            CanApprove = draft is { Status: DraftStatus.Agreed } && review,
            CanEnd = draft is null && ProgramLifecycleService.CanEnd(user) && program.Status is ProgramStatus.InForce or ProgramStatus.Approved,
        };
    }

    public async Task<VersionsPage?> ListAsync(int programId, UserScope user, CancellationToken ct)
    {
        if (await HeadAsync(programId, user, ct) is not { } head) return null;
        var versions = await VersionsAsync(programId, ct);
        var today = clock.Today();
        var inForce = ProgramVersion.InForceOn(versions, today);
        var ordered = versions.OrderBy(v => v.Number).ToList();
        var rows = ordered.Select((v, i) => new VersionRow(v, i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom.AddDays(-1) : null, v == inForce)).ToList();
        var approvers = versions.Select(v => v.ApprovedBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => approvers.Contains(u.UserName!) && u.FullName != "")
            .ToDictionaryAsync(u => u.UserName!, u => u.FullName, ct);
        return new VersionsPage(head, rows, names);
    }

    public async Task<AsOfPage?> AsOfAsync(int programId, string? dateText, UserScope user, CancellationToken ct)
    {
        if (await HeadAsync(programId, user, ct) is not { } head) return null;
        var versions = await VersionsAsync(programId, ct);
        var first = versions.Count == 0 ? (DateOnly?)null : versions.Min(v => v.EffectiveFrom);
        var parsed = string.IsNullOrWhiteSpace(dateText) ? new Parsed<DateOnly>(clock.Today(), null) : RuInput.Date(dateText);
        if (!parsed.Ok) return new AsOfPage { Program = head, DateText = dateText, DateError = parsed.Error, FirstEffective = first };
        var day = parsed.Value!.Value;
        var version = ProgramVersion.InForceOn(versions, day);
        return new AsOfPage
        {
            Program = head, DateText = dateText ?? RuFormat.Date(day), Day = day, Version = version, FirstEffective = first, Plan = version?.Plan(),
        };
    }

    public async Task<DiffPage?> DiffAsync(int programId, int from, int to, UserScope user, CancellationToken ct)
    {
        if (await HeadAsync(programId, user, ct) is not { } head) return null;
        var versions = await VersionsAsync(programId, ct);
        var (a, b) = (versions.FirstOrDefault(v => v.Number == from), versions.FirstOrDefault(v => v.Number == to));
        if (a is null || b is null) return null;
        return DiffPresenter.Present(head, PlanDiff.Between(a.Plan(), b.Plan()), Caption(a, "редакцией"), Caption(b, "редакции"), false, b.Number);
    }

    /// <summary>The draft against the редакция it was opened from (what Finance reviews); null if there is no amendment draft.</summary>
    public async Task<DiffPage?> DraftDiffAsync(int programId, UserScope user, CancellationToken ct)
    {
        if (await HeadAsync(programId, user, ct) is not { } head) return null;
        var draft = await db.ProgramDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProgramId == programId, ct);
        if (draft is null) return null;
        var versions = await VersionsAsync(programId, ct);
        var baseVersion = versions.FirstOrDefault(v => v.Number == draft.BaseVersionNumber);
        var before = baseVersion?.Plan() ?? new ProgramPlan();
        return DiffPresenter.Present(head, PlanDiff.Between(before, draft.Plan()), baseVersion is null ? "пустой программой" : Caption(baseVersion, "редакцией"),
            (draft.Kind == DraftKind.Initial ? "проекта программы" : "проекта изменений") + " (" + PlanCaptions.Of(draft.Status) + ")", true, null);
    }

    private static string Caption(ProgramVersion v, string word) => $"{word} {v.Number} ({v.Act.Citation()})";

    private Task<List<ProgramVersion>> VersionsAsync(int programId, CancellationToken ct) =>
        db.ProgramVersions.AsNoTracking().Where(v => v.ProgramId == programId).OrderBy(v => v.Number).ToListAsync(ct);
}
