using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Remarks;

/// <summary>
/// What came of a remark action: refused by access (404/403), done, or refused with a message — <see cref="Field"/>
/// set when the message belongs next to the typed text (the id of the form it was typed into).
/// </summary>
public sealed record RemarkOutcome(ReportAccess Access, bool Done, string? Error = null, string? Field = null, string? Anchor = null)
{
    public static RemarkOutcome Denied(ReportAccess access) => new(access, false);
    public static RemarkOutcome Refused(string error, string? field = null, string? anchor = null) => new(ReportAccess.Allowed, false, error, field, anchor);
}

/// <summary>
/// The finance department's remarks on the values of a report (ADR 0021): add, answer, close. Each action is one
/// transaction under the program's lock (<see cref="ProgramLock"/>) with its audit entry, on the row's own subject
/// (so the row's history shows its remarks too).
/// The rules:
/// - adding: Finance or Administrator who sees the program (ReportRights.CanReview), the report submitted — remarks are
///   part of the review, which happens while the report waits for it; a draft or a returned report is the executor's turn;
/// - answering: the executor who fills in the row (the responsible executor any row, a co-executor its own rows), while the
///   report is returned or in draft (the executor's turn, when the value may also be changed), and only an open remark;
///   a new answer replaces the previous one (both are in the log);
/// - closing: Finance or Administrator, in any status (it is the reviewer's bookkeeping, also after an acceptance).
/// </summary>
public sealed class RemarkService(AppDbContext db, ReportPageService pages, TimeProvider clock)
{
    public static string AddFormId(string anchor) => $"remark-add-{anchor}";
    public static string AnswerFormId(int remarkId) => $"remark-answer-{remarkId}";

    public async Task<RemarkOutcome> AddAsync(int programId, ReportingPeriod period, UserScope user, string? subject, int subjectId, string? text,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ProgramLock.TakeAsync(db, programId, ct);
        var program = await pages.LoadProgramAsync(programId, period, user, ct);
        if (program is null) return RemarkOutcome.Denied(ReportAccess.NotFound);
        if (!ReportRights.For(program, user).CanReview) return RemarkOutcome.Denied(ReportAccess.Forbidden);
        if (subject is null || !RemarkRow.Subjects.Contains(subject) || RemarkRow.Find(program, period, subject, subjectId) is not { } row)
            return RemarkOutcome.Refused("Строка не найдена в этом отчете.");
        if (program.Reports.SingleOrDefault() is not { Status: ReportStatus.Submitted } report)
            return RemarkOutcome.Refused("Замечание можно оставить только к представленному отчету.", anchor: row.Anchor);
        var (clean, error) = Check(text, "Текст замечания");
        if (error is not null) return RemarkOutcome.Refused(error, AddFormId(row.Anchor), row.Anchor);

        var now = clock.GetUtcNow();
        db.ValueRemarks.Add(new ValueRemark
        {
            ReportId = report.Id, Subject = row.Subject, SubjectId = row.SubjectId, Text = clean!, AuthorUserName = user.UserName, CreatedAt = now,
            ValueAtRemark = row.Value,
        });
        db.AuditEntries.Add(Entry(program, report.Id, row, AuditField.Remark, null, clean, null, user.UserName, now));
        return await CommitAsync(row.Anchor, ct);
    }

    public async Task<RemarkOutcome> AnswerAsync(int programId, ReportingPeriod period, UserScope user, int remarkId, uint version, string? answer,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ProgramLock.TakeAsync(db, programId, ct);
        var (access, program, report, remark, row) = await OpenAsync(programId, period, user, remarkId, ct);
        if (access != ReportAccess.Allowed) return RemarkOutcome.Denied(access);
        // Whose row it is does not depend on the status: a co-executor is refused another's row whatever the report's state.
        if (!row!.EditableBy(ReportRights.For(program!, user, ReportStatus.Returned))) return RemarkOutcome.Denied(ReportAccess.Forbidden);
        if (!remark!.IsOpen) return RemarkOutcome.Refused("Замечание закрыто: ответить на него уже нельзя.", anchor: row.Anchor);
        if (report!.Status is not (ReportStatus.Draft or ReportStatus.Returned))
            return RemarkOutcome.Refused("Ответить на замечание можно, когда отчет возвращен на доработку.", anchor: row.Anchor);
        var (clean, error) = Check(answer, "Ответ");
        if (error is not null) return RemarkOutcome.Refused(error, AnswerFormId(remark.Id), row.Anchor);
        if (clean == remark.Answer) return new RemarkOutcome(ReportAccess.Allowed, true, Anchor: row.Anchor);

        var now = clock.GetUtcNow();
        db.AuditEntries.Add(Entry(program!, report.Id, row, AuditField.RemarkAnswer, remark.Answer, clean, remark.Text, user.UserName, now));
        (remark.Answer, remark.AnsweredBy, remark.AnsweredAt) = (clean, user.UserName, now);
        Expect(remark, version);
        return await CommitAsync(row.Anchor, ct);
    }

    public async Task<RemarkOutcome> CloseAsync(int programId, ReportingPeriod period, UserScope user, int remarkId, uint version, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ProgramLock.TakeAsync(db, programId, ct);
        var (access, program, report, remark, row) = await OpenAsync(programId, period, user, remarkId, ct);
        if (access != ReportAccess.Allowed) return RemarkOutcome.Denied(access);
        if (!ReportRights.For(program!, user).CanReview) return RemarkOutcome.Denied(ReportAccess.Forbidden);
        if (!remark!.IsOpen) return new RemarkOutcome(ReportAccess.Allowed, true, Anchor: row!.Anchor);

        var now = clock.GetUtcNow();
        db.AuditEntries.Add(Entry(program!, report!.Id, row!, AuditField.RemarkClosed, null, AuditValue.Flag(true), remark.Text, user.UserName, now));
        (remark.ClosedBy, remark.ClosedAt) = (user.UserName, now);
        Expect(remark, version);
        return await CommitAsync(row!.Anchor, ct);
    }

    /// <summary>The program as this user sees it, its report, the remark (tracked) and the row it is about.</summary>
    private async Task<(ReportAccess, MunicipalProgram?, ProgressReport?, ValueRemark?, RemarkRow?)> OpenAsync(int programId, ReportingPeriod period,
        UserScope user, int remarkId, CancellationToken ct)
    {
        var program = await pages.LoadProgramAsync(programId, period, user, ct);
        if (program?.Reports.SingleOrDefault() is not { } report) return (ReportAccess.NotFound, null, null, null, null);
        var remark = await db.ValueRemarks.SingleOrDefaultAsync(r => r.Id == remarkId && r.ReportId == report.Id, ct);
        if (remark is null || RemarkRow.Find(program, period, remark.Subject, remark.SubjectId) is not { } row)
            return (ReportAccess.NotFound, null, null, null, null);
        return (ReportAccess.Allowed, program, report, remark, row);
    }

    /// <summary>A required text up to <see cref="ValueRemark.TextMaxLength"/>, trimmed, line breaks as \n.</summary>
    public static (string? Text, string? Error) Check(string? text, string caption)
    {
        var t = string.IsNullOrWhiteSpace(text) ? null : text.Trim().Replace("\r\n", "\n");
        if (t is null) return (null, $"{caption}: напишите текст.");
        if (t.Length > ValueRemark.TextMaxLength) return (null, $"{caption}: {ReportTextLimits.TooLong(ValueRemark.TextMaxLength, t.Length)}");
        return (t, null);
    }

    private void Expect(ValueRemark remark, uint version)
    {
        if (version != 0) db.Entry(remark).Property(r => r.Version).OriginalValue = version;
    }

    private async Task<RemarkOutcome> CommitAsync(string anchor, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await db.Database.CommitTransactionAsync(ct);
            return new RemarkOutcome(ReportAccess.Allowed, true, Anchor: anchor);
        }
        catch (DbUpdateException e)
        {
            await db.Database.RollbackTransactionAsync(ct);
            db.ChangeTracker.Clear();
            return RemarkOutcome.Refused(e is DbUpdateConcurrencyException
                ? "Замечание только что изменил другой пользователь. Обновите страницу и повторите действие."
                : "Действие не выполнено: база данных не принимает эти значения.", anchor: anchor);
        }
    }

    private static AuditEntry Entry(MunicipalProgram program, int reportId, RemarkRow row, string field, string? oldValue, string? newValue,
        string? reason, string user, DateTimeOffset now) => new()
    {
        ProgramId = program.Id, ReportId = reportId, Subject = row.Subject, SubjectId = row.SubjectId,
        SubjectName = TextLength.Cut(row.Name, 500),
        Field = field, OldValue = oldValue, NewValue = newValue, Reason = reason, UserName = user, At = now,
    };
}
