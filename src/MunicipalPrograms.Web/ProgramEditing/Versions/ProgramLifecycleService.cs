using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.ProgramEditing.Versions;

/// <summary>
/// The end of a program's life (Procedure 4.5): completed at the end of its period, or terminated early with a reason.
/// Only the finance department (or an administrator) records it; one transaction under the program's lock, audited.
/// </summary>
public sealed class ProgramLifecycleService(AppDbContext db, TimeProvider clock)
{
    public Task<DraftResult> CompleteAsync(int programId, UserScope user, CancellationToken ct) =>
        EndAsync(programId, ProgramStatus.Completed, null, user, ct);

    public Task<DraftResult> TerminateAsync(int programId, string? reason, UserScope user, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult(DraftResult.Refused("Укажите причину досрочного прекращения программы."))
            : EndAsync(programId, ProgramStatus.TerminatedEarly, reason.Trim(), user, ct);

    public static bool CanEnd(UserScope user) => user.IsFinance;

    private async Task<DraftResult> EndAsync(int programId, ProgramStatus to, string? reason, UserScope user, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ProgramLock.TakeAsync(db, programId, ct);
        var program = await db.Programs.Visible(user).SingleOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null) return DraftResult.Refused("Программа не найдена.");
        if (!CanEnd(user)) return DraftResult.Refused("Завершение и прекращение программы вносит финансово-экономическое управление.");
        if (program.Status is not (ProgramStatus.InForce or ProgramStatus.Approved))
            return DraftResult.Refused("Завершить или прекратить можно только действующую программу.");
        if (await db.ProgramDrafts.AnyAsync(d => d.ProgramId == programId, ct))
            return DraftResult.Refused("По программе готовится проект изменений: сначала утвердите его или верните исполнителю.");
        var before = program.Status;
        program.Status = to;
        db.AuditEntries.Add(new AuditEntry
        {
            ProgramId = programId, Subject = AuditSubjects.ProgramDraft, SubjectId = programId, SubjectName = "", Field = AuditField.Status,
            OldValue = before.ToString(), NewValue = to.ToString(), Reason = reason, UserName = user.UserName, At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return DraftResult.Ok;
    }
}
