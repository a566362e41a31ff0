using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.Remarks;

/// <summary>
/// A row of the report a remark may be about, as the audit log names it: its subject code and id, its name, its value
/// now (invariant, as AuditValue writes it), the activity it belongs to (rights) and its anchor on the report page.
/// </summary>
public sealed record RemarkRow(string Subject, int SubjectId, string Name, string? Value, int? ActivityId, string Anchor)
{
    /// <summary>The audit field whose format the row's value is shown in.</summary>
    public string ValueField => Subject switch
    {
        AuditSubjects.IndicatorValue => AuditField.Actual,
        AuditSubjects.FundingLine => AuditField.CashExecution,
        _ => AuditField.Completed,
    };

    /// <summary>How the page names the row: «Показатель 1.1 «…»», «Мероприятие 4.1 «…», местный бюджет».</summary>
    public string Caption => Subject == AuditSubjects.IndicatorValue ? $"Показатель {Name}" : $"Мероприятие {Name}";

    /// <summary>«12», «1 250,00», «да» — or «пусто».</summary>
    public string Show(string? value) => AuditDisplay.Value(ValueField, value) ?? "пусто";

    /// <summary>Whether an executor with these rights fills in this row (the same rule the report's save applies).</summary>
    public bool EditableBy(ReportRights rights) =>
        Subject == AuditSubjects.IndicatorValue ? rights.CanEditIndicator(ActivityId) : ActivityId is { } a && rights.CanEditActivity(a);

    public static readonly IReadOnlySet<string> Subjects = new HashSet<string>
        { AuditSubjects.IndicatorValue, AuditSubjects.FundingLine, AuditSubjects.ActivityExecution };

    /// <summary>The row of a program loaded for the report page (ReportPageService.LoadProgramAsync); null when it is not in this report.</summary>
    public static RemarkRow? Find(MunicipalProgram program, ReportingPeriod period, string subject, int subjectId)
    {
        switch (subject)
        {
            case AuditSubjects.IndicatorValue:
                foreach (var i in program.Indicators)
                    if (i.Values.FirstOrDefault(v => v.Id == subjectId && v.Year == period.Year && v.Period == period.Kind) is { } v)
                        return new RemarkRow(subject, subjectId, AuditSubjects.NameOf(i.Code, i.Name), AuditValue.Number(v.Actual), i.ActivityId, $"ind-{subjectId}");
                return null;
            case AuditSubjects.FundingLine:
                if (program.FundingLines.FirstOrDefault(f => f.Id == subjectId) is not { } line
                    || program.Activities.FirstOrDefault(a => a.Id == line.ActivityId) is not { } owner) return null;
                return new RemarkRow(subject, subjectId,
                    $"{AuditSubjects.NameOf(owner.Code, owner.Name)}, {program.Municipality!.BudgetNames.For(line.Source)}",
                    AuditValue.Number(line.Actual), owner.Id, $"fund-{subjectId}");
            case AuditSubjects.ActivityExecution:
                if (program.Activities.FirstOrDefault(a => a.Id == subjectId) is not { } activity) return null;
                var execution = program.Reports.SingleOrDefault()?.ActivityExecutions.FirstOrDefault(x => x.ActivityId == subjectId);
                return new RemarkRow(subject, subjectId, AuditSubjects.NameOf(activity.Code, activity.Name), AuditValue.Flag(execution?.Completed),
                    activity.Id, $"act-{subjectId}");
            default:
                return null;
        }
    }
}
