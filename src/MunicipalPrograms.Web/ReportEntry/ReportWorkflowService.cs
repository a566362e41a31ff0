using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// Runs the workflow steps of <see cref="ReportWorkflow"/> on stored reports and records each status
/// change (who, when, old → new, reason) in the audit log, in the same transaction.
/// </summary>
public sealed class ReportWorkflowService(AppDbContext db, TimeProvider clock)
{
    public enum Step { Submit, Return, Accept, Reopen, Extend }

    /// <param name="page">The freshly loaded report page (for the completeness check on submit).</param>
    public async Task<WorkflowResult> RunAsync(ReportPage page, Step step, string? reason, DateOnly? deadline, string userName, CancellationToken ct)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.ProgramId == page.Program.Id && r.Year == page.Period.Year && r.Period == page.Period.Kind, ct);
        if (report is null)
        {
            if (step != Step.Submit && step != Step.Extend) return WorkflowResult.Refused("Отчет еще не начат.");
            report = new ProgressReport { ProgramId = page.Program.Id, Year = page.Period.Year, Period = page.Period.Kind };
            db.Reports.Add(report);
        }
        var (oldStatus, oldDeadline) = (report.Status, report.Deadline);
        var now = clock.GetUtcNow();
        var result = step switch
        {
            Step.Submit => ReportWorkflow.Submit(report, page.Completeness, now),
            Step.Return => ReportWorkflow.Return(report, reason),
            Step.Accept => ReportWorkflow.Accept(report, now),
            Step.Reopen => ReportWorkflow.Reopen(report, reason),
            _ => ReportWorkflow.Extend(report, deadline, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)),
        };
        if (!result.Done) { db.ChangeTracker.Clear(); return result; }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct); // WHERE xmin = the version read above: two reviewers cannot both act
            db.AuditEntries.Add(step == Step.Extend
                ? Entry(report, AuditFields.Deadline, RuFormat.Date(oldDeadline), RuFormat.Date(report.Deadline), reason, userName, now)
                : Entry(report, AuditFields.Status, ReportWorkflow.Caption(oldStatus), ReportWorkflow.Caption(report.Status), reason, userName, now));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return WorkflowResult.Refused("Отчет только что изменил другой пользователь. Обновите страницу и повторите действие.");
        }
    }

    private static AuditEntry Entry(ProgressReport report, string field, string oldValue, string newValue, string? reason, string user, DateTimeOffset now) => new()
    {
        ProgramId = report.ProgramId, ReportId = report.Id, Subject = AuditSubjects.Report, SubjectId = report.Id,
        SubjectName = $"Отчет за {report.ReportingPeriod.Caption()}", Field = field, OldValue = oldValue, NewValue = newValue,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), UserName = user, At = now,
    };
}
