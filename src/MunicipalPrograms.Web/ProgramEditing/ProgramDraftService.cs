using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>The outcome of a draft action: done, or refused with Russian messages (field → message; "" for the page).</summary>
public sealed record DraftResult(bool Done, IReadOnlyList<KeyValuePair<string, string>> Errors)
{
    public static readonly DraftResult Ok = new(true, []);
    public static DraftResult Refused(string message, string field = "") => new(false, [new(field, message)]);
    public string? FirstError => Errors.Count > 0 ? Errors[0].Value : null;
    /// <summary>What a save changed (or, checked only, would change) in the draft's plan.</summary>
    public IReadOnlyList<PlanChange> Changes { get; init; } = [];
}

/// <summary>The approving act of a draft: becomes the редакция's act, in force from its date unless another is given.</summary>
public sealed record ApprovalAct(LegalAct Act, DateOnly EffectiveFrom, string? Summary);

/// <summary>
/// The life of a program's drafts (Procedure 1.7–1.9, 4.3–4.4): the responsible executor edits the draft (the initial
/// project or an amendment copied from the редакция in force) and sends it to the finance department, which returns it
/// with a reason or agrees it; approval by a legal act applies the plan to the stored program and keeps it as a new
/// редакция. Every step runs in one transaction under the program's lock and is audited.
/// </summary>
public sealed class ProgramDraftService(AppDbContext db, PlanApplier applier, Notifications.Notifier notifier, TimeProvider clock)
{
    public Task<ProgramDraft?> DraftOfAsync(int programId, CancellationToken ct) =>
        db.ProgramDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProgramId == programId, ct);

    /// <summary>Who may edit a draft of this program: the responsible executor's department (and administrators).</summary>
    public static bool CanEdit(MunicipalProgram program, UserScope user) =>
        user.Role == Roles.Administrator || (user.Role == Roles.Executor && user.DepartmentId == program.ResponsibleExecutorId);

    public static bool CanReview(UserScope user) => user.IsFinance;

    /// <summary>Opens an amendment: a draft that starts as a copy of the редакция in force.</summary>
    public async Task<DraftResult> OpenAmendmentAsync(int programId, UserScope user, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var program = await LockedAsync(programId, user, ct);
        if (program is null) return DraftResult.Refused("Программа не найдена.");
        if (!CanEdit(program, user)) return DraftResult.Refused("Изменения в программу готовит ее ответственный исполнитель.");
        if (await db.ProgramDrafts.AnyAsync(d => d.ProgramId == programId, ct)) return DraftResult.Refused("По программе уже готовится проект изменений.");
        var inForce = await db.ProgramVersions.Where(v => v.ProgramId == programId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (inForce is null || program.Status != ProgramStatus.InForce)
            return DraftResult.Refused("Изменения вносятся в утвержденную действующую программу.");
        var draft = new ProgramDraft
        {
            ProgramId = programId, Kind = DraftKind.Amendment, BaseVersionNumber = inForce.Number,
            PlanJson = ProgramPlanJson.Write(await WithAppendicesAsync(inForce.Plan(), programId, ct)),
            CreatedBy = user.UserName, CreatedAt = clock.GetUtcNow(),
        };
        db.ProgramDrafts.Add(draft);
        db.AuditEntries.Add(Entry(program, "draft_opened", null, inForce.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), null, user));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return DraftResult.Ok;
    }

    /// <summary>
    /// Stores an edited plan if the draft is still at the version the user opened (else nothing is stored and the user
    /// is told) and every change is within the user's <see cref="DraftRights"/> (a co-executor: its own activities),
    /// with one audit entry per changed value (the diff against the stored draft), carrying <paramref name="reason"/>
    /// (an upload's file name). <paramref name="checkOnly"/> runs every check and returns the changes, storing nothing:
    /// the Excel upload's preview.
    /// </summary>
    public async Task<DraftResult> SaveAsync(int programId, uint openedVersion, ProgramPlan plan, UserScope user, CancellationToken ct,
        string? reason = null, bool checkOnly = false)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var program = await LockedAsync(programId, user, ct);
        var draft = await db.ProgramDrafts.SingleOrDefaultAsync(d => d.ProgramId == programId, ct);
        if (program is null || draft is null) return DraftResult.Refused("Проект программы не найден.");
        var stored = draft.Plan();
        var rights = DraftRights.For(program, stored, user, draft.IsEditable);
        if (!rights.IsResponsible && !rights.IsCoExecutor) return DraftResult.Refused("Проект программы редактирует ее ответственный исполнитель.");
        if (!draft.IsEditable) return DraftResult.Refused("Проект направлен на согласование: изменить его можно после возврата на доработку.");
        if (draft.Version != openedVersion)
            return DraftResult.Refused("Пока вы редактировали, проект сохранил другой пользователь. Ничего не сохранено: откройте проект заново и повторите изменения.");
        var diff = PlanDiff.Between(stored, plan);
        // One check for every form: any change outside the user's rights refuses the whole save.
        if ((rights.Refusal(stored, diff) ?? rights.OrderRefusal(stored, plan)) is { } refusal) return DraftResult.Refused(refusal);
        if (checkOnly) return DraftResult.Ok with { Changes = diff.Changes };
        // The diff does not see the order of items: a reorder alone is stored too (with no audit entry of its own).
        if (diff.IsEmpty && ProgramPlanJson.Write(stored) == ProgramPlanJson.Write(plan)) return DraftResult.Ok;
        draft.Store(plan);
        var now = clock.GetUtcNow();
        db.AuditEntries.AddRange(diff.Changes.Select(c => PlanAudit.Entry(program.Id, c, user.UserName, now, reason)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return DraftResult.Ok with { Changes = diff.Changes };
    }

    public Task<DraftResult> SendAsync(int programId, UserScope user, CancellationToken ct) =>
        StepAsync(programId, user, ct, (program, draft) =>
            !CanEdit(program, user) ? "На согласование проект направляет ответственный исполнитель."
            : !draft.IsEditable ? "Проект уже направлен на согласование."
            : Move(draft, DraftStatus.UnderReview, null));

    public Task<DraftResult> ReturnAsync(int programId, string? reason, UserScope user, CancellationToken ct) =>
        StepAsync(programId, user, ct, (_, draft) =>
            !CanReview(user) ? "Проект возвращает финансово-экономическое управление."
            : draft.Status is not (DraftStatus.UnderReview or DraftStatus.Agreed) ? "Вернуть можно проект, направленный на согласование."
            : string.IsNullOrWhiteSpace(reason) ? "Укажите причину возврата: исполнитель увидит ее в проекте."
            : Move(draft, DraftStatus.Returned, reason.Trim()));

    public Task<DraftResult> AgreeAsync(int programId, UserScope user, CancellationToken ct) =>
        StepAsync(programId, user, ct, (_, draft) =>
            !CanReview(user) ? "Проект согласует финансово-экономическое управление."
            : draft.Status != DraftStatus.UnderReview ? "Согласовать можно проект, направленный на согласование."
            : Move(draft, DraftStatus.Agreed, null));

    /// <summary>
    /// Approval by the legal act: the plan is applied to the stored program and kept as the next редакция; an amendment
    /// is also recorded for the annual forms. The draft is then closed.
    /// </summary>
    public async Task<DraftResult> ApproveAsync(int programId, ApprovalAct approval, UserScope user, CancellationToken ct)
    {
        var errors = ActErrors(approval).ToList();
        if (errors.Count > 0) return new DraftResult(false, errors);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ProgramLock.TakeAsync(db, programId, ct);
        var draft = await db.ProgramDrafts.SingleOrDefaultAsync(d => d.ProgramId == programId, ct);
        var program = await ProgramGraph.LoadTrackedAsync(db, programId, ct);
        if (program is null || draft is null || !await db.Programs.Visible(user).AnyAsync(p => p.Id == programId, ct))
            return DraftResult.Refused("Проект программы не найден.");
        if (!CanReview(user)) return DraftResult.Refused("Утверждение вносит финансово-экономическое управление.");
        if (draft.Status != DraftStatus.Agreed) return DraftResult.Refused("Утвердить можно согласованный проект.");
        try
        {
            var refusals = await applier.ApplyAsync(program, draft.Plan(), ct);
            if (refusals.Count > 0) return new DraftResult(false, refusals.Select(r => new KeyValuePair<string, string>("", r)).ToList());
            var number = await ProgramVersioning.RecordAsync(db, program, approval, user.UserName, clock.GetUtcNow(), ct);
            if (draft.Kind == DraftKind.Amendment)
                db.Amendments.Add(new Amendment { ProgramId = programId, Revision = number, Act = approval.Act, Summary = approval.Summary ?? "" });
            db.ProgramDrafts.Remove(draft);
            db.AuditEntries.Add(Entry(program, "approved", null, number.ToString(System.Globalization.CultureInfo.InvariantCulture), approval.Act.Citation(), user));
            await notifier.DraftEventAsync(program, Domain.Notifications.NotificationKind.DraftApproved, user.UserName, approval.Act.Citation(), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return DraftResult.Ok;
        }
        catch (DbUpdateException e)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return DraftResult.Refused("Проект не утвержден: он нарушает правила хранения данных (" + Describe(e) + "). Верните проект на доработку.");
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> ActErrors(ApprovalAct a)
    {
        if (string.IsNullOrWhiteSpace(a.Act.Kind)) yield return new("Act.Kind", "Укажите вид акта, например «Постановление».");
        if (a.Act.Date is null) yield return new("Act.Date", "Укажите дату акта.");
        if (string.IsNullOrWhiteSpace(a.Act.Number)) yield return new("Act.Number", "Укажите номер акта.");
        if (a.Act.Date is { } d && a.EffectiveFrom < d) yield return new("EffectiveFrom", "Редакция не может вступить в силу раньше даты акта.");
    }

    private static string Describe(DbUpdateException e) =>
        e.InnerException is Npgsql.PostgresException { ConstraintName: { } c } ? c : "ограничение базы данных";

    private async Task<DraftResult> StepAsync(int programId, UserScope user, CancellationToken ct, Func<MunicipalProgram, ProgramDraft, string?> step)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var program = await LockedAsync(programId, user, ct);
        var draft = await db.ProgramDrafts.SingleOrDefaultAsync(d => d.ProgramId == programId, ct);
        if (program is null || draft is null) return DraftResult.Refused("Проект программы не найден.");
        var before = draft.Status;
        if (step(program, draft) is { } refusal) return DraftResult.Refused(refusal);
        db.AuditEntries.Add(Entry(program, AuditField.Status, before.ToString(), draft.Status.ToString(), draft.ReturnReason, user));
        if (DraftNotification(draft.Status) is { } kind) await notifier.DraftEventAsync(program, kind, user.UserName, draft.ReturnReason, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return DraftResult.Ok;
    }

    private static Domain.Notifications.NotificationKind? DraftNotification(DraftStatus status) => status switch
    {
        DraftStatus.UnderReview => Domain.Notifications.NotificationKind.DraftSent,
        DraftStatus.Returned => Domain.Notifications.NotificationKind.DraftReturned,
        DraftStatus.Agreed => Domain.Notifications.NotificationKind.DraftAgreed,
        _ => null,
    };

    private static string? Move(ProgramDraft draft, DraftStatus to, string? reason)
    {
        draft.Status = to;
        draft.ReturnReason = to == DraftStatus.Returned ? reason : null;
        return null;
    }

    /// <summary>
    /// A редакция stored before plans recorded Appendices 3, 6 and 7 gets them from the stored program (which the
    /// approvals keep equal to the редакция in force), so that the amendment can edit them.
    /// </summary>
    private async Task<ProgramPlan> WithAppendicesAsync(ProgramPlan plan, int programId, CancellationToken ct)
    {
        if (plan.HasAppendices) return plan;
        var stored = ProgramPlanReader.From((await ProgramGraph.LoadTrackedAsync(db, programId, ct))!);
        var passports = stored.Indicators.ToDictionary(i => i.Key, i => i.Passport);
        foreach (var i in plan.Indicators) i.Passport = passports.GetValueOrDefault(i.Key);
        (plan.CapitalObjects, plan.ResourceNeeds, plan.Format) = (stored.CapitalObjects, stored.ResourceNeeds, ProgramPlan.CurrentFormat);
        return plan;
    }

    private async Task<MunicipalProgram?> LockedAsync(int programId, UserScope user, CancellationToken ct)
    {
        await ProgramLock.TakeAsync(db, programId, ct);
        return await db.Programs.Visible(user).SingleOrDefaultAsync(p => p.Id == programId, ct);
    }

    private AuditEntry Entry(MunicipalProgram program, string field, string? old, string? @new, string? reason, UserScope user) => new()
    {
        ProgramId = program.Id, Subject = AuditSubjects.ProgramDraft, SubjectId = program.Id, SubjectName = "", Field = field,
        OldValue = old, NewValue = @new, Reason = reason, UserName = user.UserName, At = clock.GetUtcNow(),
    };
}
