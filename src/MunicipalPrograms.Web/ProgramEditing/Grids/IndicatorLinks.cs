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
        .. plan.Subprograms.Select(s => new Option($"s:{s.Key}", Caption($"Подпрограмма {s.Code} {s.Name}"))),
        .. plan.Goals.SelectMany(g => g.Objectives.Select(o => new Option($"o:{o.Key}", Caption($"Задача {o.Code} {o.Name}")))
            .Prepend(new Option($"g:{g.Key}", Caption($"Цель {g.Code} {g.Name}")))),
        .. plan.Activities.Select(a => new Option($"a:{a.Key}", Caption($"Мероприятие {a.Code} {a.Name}"))),
    ];

    /// <summary>The longest caption of an option; a longer one is cut at a word and ends with "…".</summary>
    public const int CaptionLength = 70;

    /// <summary>
    /// The select is repeated on every row of the grid: with the full wordings (167 characters on average in the Алексин
    /// program, up to 451) the 37 selects were 344 KB of the grid's 575 KB (issue 9's benchmark). The kind and code name
    /// the item; the first words are enough to recognize it.
    /// </summary>
    public static string Caption(string caption)
    {
        if (caption.Length <= CaptionLength) return caption;
        var cut = caption.LastIndexOf(' ', CaptionLength - 1);
        return caption[..(cut > 0 ? cut : CaptionLength - 1)].TrimEnd(',', '.', ';', ':', ' ') + "…";
    }

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
