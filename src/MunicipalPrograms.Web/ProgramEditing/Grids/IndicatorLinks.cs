using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Grids;

/// <summary>
/// What an indicator measures, as one select of the plan's items: "g:key" goal, "o:key" objective, "s:key" subprogram,
/// "a:key" activity. The most specific link of a stored indicator is shown; an unchanged select keeps all its links.
/// </summary>
public static class IndicatorLinks
{
    public sealed record Option(string Value, string Caption);

    public static string Of(PlanIndicator i) =>
        i.ActivityKey is { } a ? $"a:{a}" : i.ObjectiveKey is { } o ? $"o:{o}" : i.GoalKey is { } g ? $"g:{g}" : i.SubprogramKey is { } s ? $"s:{s}" : "";

    public static IReadOnlyList<Option> Options(ProgramPlan plan) =>
    [
        new("", "—"),
        .. plan.Subprograms.Select(s => new Option($"s:{s.Key}", $"Подпрограмма {s.Code} {s.Name}")),
        .. plan.Goals.SelectMany(g => g.Objectives.Select(o => new Option($"o:{o.Key}", $"Задача {o.Code} {o.Name}"))
            .Prepend(new Option($"g:{g.Key}", $"Цель {g.Code} {g.Name}"))),
        .. plan.Activities.Select(a => new Option($"a:{a.Key}", $"Мероприятие {a.Code} {a.Name}")),
    ];

    /// <summary>Sets the links from the select; false if the value names no item of the plan.</summary>
    public static bool Apply(PlanIndicator target, string? link, ProgramPlan plan)
    {
        link ??= "";
        if (link == Of(target)) return true;
        (target.GoalKey, target.ObjectiveKey, target.SubprogramKey, target.ActivityKey) = (null, null, null, null);
        if (link == "") return true;
        var kind = link[0];
        if (link.Length < 3 || !int.TryParse(link.AsSpan(2), out var key)) return false;
        switch (kind)
        {
            case 's' when plan.Subprograms.Any(s => s.Key == key): target.SubprogramKey = key; return true;
            case 'g' when plan.Goals.Any(g => g.Key == key): target.GoalKey = key; return true;
            case 'o' when plan.Goals.FirstOrDefault(g => g.Objectives.Any(o => o.Key == key)) is { } goal:
                (target.GoalKey, target.ObjectiveKey) = (goal.Key, key); return true;
            case 'a' when plan.Activities.Any(a => a.Key == key): target.ActivityKey = key; return true;
            default: return false;
        }
    }
}
