using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Reports;

/// <summary>
/// Values that are allowed but look like a slip of the keyboard (a completion date of 2030 in the 2025 report):
/// asked about next to the field and listed with the report's remarks, never refused — an activity may really have
/// been finished early or be reported late, and the finance department decides.
/// </summary>
public static class ReportPlausibility
{
    /// <summary>The question to ask about an activity's actual completion date, or null when it lies within the program and the period.</summary>
    public static string? CompletionDateQuestion(DateOnly? date, ReportingPeriod period, int programStartYear)
    {
        if (date is not { } d) return null;
        if (d > period.LastDay)
            return $"Дата {RuFormat.Date(d)} позже окончания отчетного периода ({RuFormat.Date(period.LastDay)}): проверьте ее.";
        if (d.Year < programStartYear)
            return $"Дата {RuFormat.Date(d)} раньше начала программы ({programStartYear} год): проверьте ее.";
        return null;
    }

    /// <summary>The report's questionable values as remarks beside the scoring's, one per activity.</summary>
    public static IReadOnlyList<ScoringIssue> Of(MunicipalProgram program, ProgressReport? report, ReportingPeriod period)
    {
        if (report is null) return [];
        var activities = program.Activities.ToDictionary(a => a.Id);
        return report.ActivityExecutions
            .Select(x => (Activity: activities.GetValueOrDefault(x.ActivityId), Question: CompletionDateQuestion(x.ActualCompletion, period, program.StartYear)))
            .Where(x => x.Activity is not null && x.Question is not null)
            .OrderBy(x => x.Activity!.SortOrder).ThenBy(x => x.Activity!.Id)
            .Select(x => new ScoringIssue(IssueSeverity.Warning, $"Мероприятие {x.Activity!.StructureCode ?? x.Activity.Code} «{x.Activity.Name}»: {x.Question}"))
            .ToList();
    }
}
