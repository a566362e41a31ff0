using System.Text.RegularExpressions;

namespace MunicipalPrograms.Domain.Plans;

/// <summary>A rule's verdict on one field: an error blocks the save, a warning is shown and the save goes on.</summary>
public sealed record RuleMessage(string Field, string Message, bool IsWarning = false);

/// <summary>An item of another program of the same municipality, for rule 1.4.</summary>
public sealed record OtherProgramWording(string ProgramCode, string ProgramName, PlanArea Area, string Wording);

/// <summary>The Procedure's rules on a program's plan that the screens check (each message is for next to its field).</summary>
public static partial class PlanRules
{
    /// <summary>1.8: a program runs at least five years.</summary>
    public const int MinimumPeriodYears = 5;
    /// <summary>1.8: the period may be extended by at most two years over the approved end.</summary>
    public const int MaximumExtensionYears = 2;

    public static IEnumerable<RuleMessage> Period(int startYear, int? endYear, int? approvedEndYear)
    {
        if (startYear is < 2000 or > 2100) { yield return new("StartYear", "Укажите год начала реализации (четыре цифры)."); yield break; }
        if (endYear is not { } end) { yield return new("EndYear", "Укажите год окончания реализации."); yield break; }
        if (end < startYear) yield return new("EndYear", "Год окончания не может быть раньше года начала.");
        else if (end - startYear + 1 < MinimumPeriodYears)
            yield return new("EndYear", $"Срок реализации программы — не менее {MinimumPeriodYears} лет (п. 1.8 Порядка): {startYear}–{startYear + MinimumPeriodYears - 1} и дольше.");
        if (approvedEndYear is { } approved && end > approved + MaximumExtensionYears)
            yield return new("EndYear", $"Срок можно продлить не более чем на {MaximumExtensionYears} года сверх утвержденного ({approved}): не позднее {approved + MaximumExtensionYears} года (п. 1.8).");
    }

    /// <summary>3.3: the list of programs is changed until 15 September of the current year; later changes are flagged.</summary>
    public static RuleMessage? RegistryChange(DateOnly today) =>
        today > new DateOnly(today.Year, 9, 15)
            ? new("", $"Изменение перечня муниципальных программ после 15 сентября {today.Year} года (п. 3.3 Порядка): изменение будет отмечено в перечне.", IsWarning: true)
            : null;

    /// <summary>1.4: the same goal, objective, activity or indicator must not appear in two programs of a municipality.</summary>
    public static IEnumerable<RuleMessage> SameWordingElsewhere(ProgramPlan plan, IEnumerable<OtherProgramWording> others)
    {
        var index = others.GroupBy(o => (o.Area, Normalize(o.Wording))).ToDictionary(g => g.Key, g => g.First());
        IEnumerable<(PlanArea Area, string Field, string What)> Own() =>
            plan.Goals.Select((g, k) => (PlanArea.Goal, $"Goals[{k}].Name", $"Цель {g.Code}"))
                .Concat(plan.Goals.SelectMany(g => g.Objectives).Select((o, k) => (PlanArea.Objective, $"Objectives[{k}].Name", $"Задача {o.Code}")))
                .Concat(plan.Indicators.Select((i, k) => (PlanArea.Indicator, $"Indicators[{k}].Name", $"Показатель {i.Code}")))
                .Concat(plan.Activities.Select((a, k) => (PlanArea.Activity, $"Activities[{k}].Name", $"Мероприятие {a.Code}")));
        var wordings = plan.Goals.Select(g => g.Name).Concat(plan.Objectives.Select(o => o.Name))
            .Concat(plan.Indicators.Select(i => i.Name)).Concat(plan.Activities.Select(a => a.Name)).ToList();
        foreach (var ((area, field, what), wording) in Own().Zip(wordings))
            if (index.TryGetValue((area, Normalize(wording)), out var other))
                yield return new(field, $"{what}: такая же формулировка есть в программе «{other.ProgramName}» (код {other.ProgramCode}); "
                                        + "цели, задачи, мероприятия и показатели разных программ не должны совпадать (п. 1.4 Порядка).", IsWarning: true);
    }

    /// <summary>Wordings compare without case, extra spaces and final punctuation.</summary>
    public static string Normalize(string text) => Spaces().Replace(text.Trim().TrimEnd('.', ';', ' ').ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
