using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Reports;

/// <summary>The outcome of a workflow step: done, or refused with a reason in Russian.</summary>
public sealed record WorkflowResult(bool Done, string? Error)
{
    public static readonly WorkflowResult Ok = new(true, null);
    public static WorkflowResult Refused(string error) => new(false, error);
}

/// <summary>
/// Draft → Submitted → (Returned → Submitted)* → Accepted; Finance may reopen an accepted report
/// (it goes back to Returned with the reason). The guards live here so they can be tested alone.
/// </summary>
public static class ReportWorkflow
{
    public static WorkflowResult Submit(ProgressReport report, ReportCompleteness completeness, DateTimeOffset now)
    {
        if (report.Status is not (ReportStatus.Draft or ReportStatus.Returned))
            return WorkflowResult.Refused($"Отчет в статусе «{Caption(report.Status)}» нельзя отправить.");
        if (completeness.IsEmpty)
            return WorkflowResult.Refused("Отчет не представлен: на этот период не запланировано ни одного показателя и ни одной суммы финансирования — отчитываться не о чем.");
        if (!completeness.IsComplete)
            return WorkflowResult.Refused($"Отчет не заполнен: осталось {completeness.Missing.Count} незаполненных обязательных значений.");
        report.Status = ReportStatus.Submitted;
        report.SubmittedAt = now;
        return WorkflowResult.Ok;
    }

    public static WorkflowResult Return(ProgressReport report, string? reason)
    {
        if (report.Status != ReportStatus.Submitted)
            return WorkflowResult.Refused("Вернуть на доработку можно только представленный отчет.");
        if (string.IsNullOrWhiteSpace(reason))
            return WorkflowResult.Refused("Укажите причину возврата: исполнитель увидит ее в отчете.");
        report.Status = ReportStatus.Returned;
        report.ReturnReason = reason.Trim();
        return WorkflowResult.Ok;
    }

    public static WorkflowResult Accept(ProgressReport report, DateTimeOffset now)
    {
        if (report.Status != ReportStatus.Submitted)
            return WorkflowResult.Refused("Принять можно только представленный отчет.");
        report.Status = ReportStatus.Accepted;
        report.AcceptedAt = now;
        report.ReturnReason = null;
        return WorkflowResult.Ok;
    }

    public static WorkflowResult Reopen(ProgressReport report, string? reason)
    {
        if (report.Status != ReportStatus.Accepted)
            return WorkflowResult.Refused("Открыть для изменений можно только принятый отчет.");
        if (string.IsNullOrWhiteSpace(reason))
            return WorkflowResult.Refused("Укажите, почему принятый отчет открывается для изменений.");
        report.Status = ReportStatus.Returned;
        report.AcceptedAt = null;
        report.ReturnReason = reason.Trim();
        return WorkflowResult.Ok;
    }

    public static WorkflowResult Extend(ProgressReport report, DateOnly? newDeadline, DateOnly today)
    {
        if (report.Status == ReportStatus.Accepted)
            return WorkflowResult.Refused("Отчет уже принят: продлевать срок не нужно.");
        if (newDeadline is { } d && d < today)
            return WorkflowResult.Refused("Новый срок не может быть в прошлом.");
        report.DeadlineOverride = newDeadline;
        return WorkflowResult.Ok;
    }

    public static string Caption(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "черновик",
        ReportStatus.Submitted => "представлен",
        ReportStatus.Returned => "возвращен на доработку",
        ReportStatus.Accepted => "принят",
        _ => status.ToString(),
    };
}
