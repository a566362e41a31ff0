using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// Runs the workflow steps of <see cref="ReportWorkflow"/> on stored reports and records each status
/// change (who, when, old → new, reason) in the audit log, in the same transaction. Everything a step
/// checks — the report's status and, for a submission, the completeness of the values — is read inside that
/// transaction under the program's lock (<see cref="ProgramLock"/>), so no save can slip in between.
/// </summary>
public sealed class ReportWorkflowService(AppDbContext db, ReportPageService pages, Notifications.Notifier notifier, TimeProvider clock)
{
    public enum Step { Submit, Return, Accept, Reopen, Extend }

    public async Task<WorkflowOutcome> RunAsync(int programId, ReportingPeriod period, UserScope user, Step step, string? reason, DateOnly? deadline,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ProgramLock.TakeAsync(db, programId, ct);
        var program = await pages.LoadProgramAsync(programId, period, user, ct);
        if (program is null) return WorkflowOutcome.Denied(ReportAccess.NotFound);
        var rights = ReportRights.For(program, user);
        if (step == Step.Submit ? !rights.IsResponsible : !rights.CanReview) return WorkflowOutcome.Denied(ReportAccess.Forbidden);
        return new WorkflowOutcome(ReportAccess.Allowed, await RunStepAsync(program, period, step, reason, deadline, user.UserName, ct));
    }

    /// <summary>The step itself, inside the transaction <see cref="RunAsync"/> opened (rolled back unless committed here).</summary>
    private async Task<WorkflowResult> RunStepAsync(MunicipalProgram program, ReportingPeriod period, Step step, string? reason, DateOnly? deadline,
        string userName, CancellationToken ct)
    {
        var programId = program.Id;
        var report = await db.Reports.SingleOrDefaultAsync(r => r.ProgramId == programId && r.Year == period.Year && r.Period == period.Kind, ct);
        if (report is null)
        {
            // Only a submission starts a report (of a period LoadProgramAsync found reportable); every other step needs one.
            if (step != Step.Submit) return WorkflowResult.Refused("Отчет еще не начат.");
            report = new ProgressReport { ProgramId = programId, Year = period.Year, Period = period.Kind };
            db.Reports.Add(report);
        }
        var campaign = program.Municipality!.Campaign;
        var (oldStatus, oldDeadline) = (report.Status, report.DeadlineUnder(campaign));
        var now = clock.GetUtcNow();
        var result = step switch
        {
            Step.Submit => ReportWorkflow.Submit(report, ReportPageService.CompletenessOf(program, period), now),
            Step.Return => ReportWorkflow.Return(report, reason),
            Step.Accept => ReportWorkflow.Accept(report, now),
            Step.Reopen => ReportWorkflow.Reopen(report, reason),
            _ => ReportWorkflow.Extend(report, deadline, clock.Today()),
        };
        if (!result.Done) { db.ChangeTracker.Clear(); return result; }
        // An accepted report keeps the plan of the редакция it was accepted under; a reopened one follows the plan in force
        // and keeps the number, so that its page can say when the plan changed since the acceptance.
        // Likewise the methodology settings: the version in effect at acceptance (none: the defaults) stays with the report.
        if (step == Step.Accept)
        {
            report.PlanVersionNumber = program.Revision;
            report.MethodologyVersionId = MethodologyVersion.InEffect(program.Municipality.MethodologyVersions, period.Year)?.Id;
        }
        await notifier.ReportEventAsync(program, period, KindOf(step), userName, await NoteAsync(program, period, report, step, reason, campaign, ct), ct);
        try
        {
            await db.SaveChangesAsync(ct); // WHERE xmin = the version read above: two reviewers cannot both act
            db.AuditEntries.Add(step == Step.Extend
                ? Entry(report, AuditField.Deadline, AuditValue.Date(oldDeadline), AuditValue.Date(report.DeadlineUnder(campaign)), reason, userName, now)
                : Entry(report, AuditField.Status, AuditValue.Code(oldStatus), AuditValue.Code(report.Status), reason, userName, now));
            await db.SaveChangesAsync(ct);
            await db.Database.CommitTransactionAsync(ct);
            return result;
        }
        catch (DbUpdateException e)
        {
            await db.Database.RollbackTransactionAsync(ct);
            db.ChangeTracker.Clear();
            return WorkflowResult.Refused(e is DbUpdateConcurrencyException
                ? "Отчет только что изменил другой пользователь. Обновите страницу и повторите действие."
                : "Действие не выполнено: база данных не принимает эти значения. Проверьте введенные данные.");
        }
    }

    /// <summary>What the notification adds to the event: the new deadline, or the reason — with a return's open remarks on values.</summary>
    private async Task<string?> NoteAsync(MunicipalProgram program, ReportingPeriod period, ProgressReport report, Step step, string? reason,
        ReportingCampaign campaign, CancellationToken ct)
    {
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (step == Step.Extend) return RuFormat.Date(report.DeadlineUnder(campaign)) + (why is null ? "" : "; " + why);
        if (step != Step.Return) return why;
        var open = await db.ValueRemarks.AsNoTracking().Where(r => r.ReportId == report.Id && r.ClosedAt == null).OrderBy(r => r.Id).ToListAsync(ct);
        if (open.Count == 0) return why;
        var remarks = open.Select(r => $"{Remarks.RemarkRow.Find(program, period, r.Subject, r.SubjectId)?.Caption ?? "Значение"} — {r.Text}");
        return (why is null ? "" : why.TrimEnd('.') + ". ") + $"Замечания к значениям ({open.Count}): {string.Join("; ", remarks)}.";
    }

    private static Domain.Notifications.NotificationKind KindOf(Step step) => step switch
    {
        Step.Submit => Domain.Notifications.NotificationKind.ReportSubmitted,
        Step.Return => Domain.Notifications.NotificationKind.ReportReturned,
        Step.Accept => Domain.Notifications.NotificationKind.ReportAccepted,
        Step.Reopen => Domain.Notifications.NotificationKind.ReportReopened,
        _ => Domain.Notifications.NotificationKind.DeadlineExtended,
    };

    private static AuditEntry Entry(ProgressReport report, string field, string? oldValue, string? newValue, string? reason, string user, DateTimeOffset now) => new()
    {
        ProgramId = report.ProgramId, ReportId = report.Id, Subject = AuditSubjects.Report, SubjectId = report.Id,
        SubjectName = "", Field = field, OldValue = oldValue, NewValue = newValue,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), UserName = user, At = now,
    };
}
