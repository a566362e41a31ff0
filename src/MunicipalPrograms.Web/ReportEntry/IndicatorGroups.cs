using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>The heading an indicator is listed under on the report page: its objective, goal, subprogram or activity.</summary>
public sealed class IndicatorGroups(MunicipalProgram program)
{
    private readonly Dictionary<int, Goal> _goals = program.Goals.ToDictionary(g => g.Id);
    private readonly Dictionary<int, Objective> _objectives = program.Goals.SelectMany(g => g.Objectives).ToDictionary(o => o.Id);
    private readonly Dictionary<int, Subprogram> _subprograms = program.Subprograms.ToDictionary(s => s.Id);
    private readonly Dictionary<int, Activity> _activities = program.Activities.ToDictionary(a => a.Id);

    public string? Of(Indicator i)
    {
        if (i.ObjectiveId is { } o && _objectives.TryGetValue(o, out var objective)) return $"Задача {objective.Code}. {objective.Name}";
        if (i.GoalId is { } g && _goals.TryGetValue(g, out var goal)) return $"Цель {goal.Code}. {goal.Name}";
        if (i.SubprogramId is { } s && _subprograms.TryGetValue(s, out var sub)) return $"Подпрограмма {sub.Code}. {sub.Name}";
        if (i.ActivityId is { } a && _activities.TryGetValue(a, out var activity)) return $"Мероприятие {activity.Code}. {activity.Name}";
        return null;
    }
}
