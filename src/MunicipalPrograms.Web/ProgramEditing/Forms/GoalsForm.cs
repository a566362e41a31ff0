using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// The goals with their objectives as one form. Each goal row ends with an empty objective row (key 0) and the list
/// ends with an empty goal row; «Удалить» marks a row. <see cref="Move"/> is "g:k:up" for goal k or "o:k:j:down" for
/// objective j of goal k.
/// </summary>
public sealed class GoalsForm
{
    public uint Version { get; set; }
    public string? Move { get; set; }
    public List<GoalRow> Goals { get; set; } = [];

    public static GoalsForm From(ProgramPlan plan, uint version) => new()
    {
        Version = version,
        Goals = [.. plan.Goals.Select(g => new GoalRow
        {
            Key = g.Key, Code = g.Code, Name = g.Name, SubprogramKey = g.SubprogramKey,
            Objectives = [.. g.Objectives.Select(o => new ObjectiveRow { Key = o.Key, Code = o.Code, Name = o.Name }), new ObjectiveRow()],
        }), new GoalRow { Objectives = [new ObjectiveRow()] }],
    };

    /// <summary>Replaces the plan's goals and objectives with the form's; false with messages when it cannot.</summary>
    public bool ApplyTo(ProgramPlan plan, FormErrors errors)
    {
        MoveRows();
        var goals = plan.Goals.ToDictionary(g => g.Key);
        var objectives = plan.Objectives.ToDictionary(o => o.Key);
        var subprograms = plan.Subprograms.Select(s => s.Key).ToHashSet();
        var result = new List<PlanGoal>();
        for (var k = 0; k < Goals.Count; k++)
        {
            var row = Goals[k];
            var prefix = $"Goals[{k}].";
            if (row.Key == 0 && row.IsBlank) continue;
            if (row.Key != 0 && !goals.ContainsKey(row.Key)) { errors.Add("", "Список целей изменился: откройте страницу заново."); continue; }
            if (row.Remove)
            {
                if (row.Key != 0 && References.ToGoal(plan, goals[row.Key]) is { } used)
                    errors.Add(prefix + "Remove", $"Цель нельзя удалить: к ней и ее задачам привязаны {used}. Сначала измените их.");
                continue;
            }
            var goal = new PlanGoal
            {
                Key = row.Key,
                Code = errors.Text(row.Code, FieldLimits.ItemCode, prefix + "Code", "Укажите код цели.") ?? "",
                Name = errors.Text(row.Name, FieldLimits.ItemName, prefix + "Name", "Укажите формулировку цели.") ?? "",
                SubprogramKey = row.SubprogramKey is { } s && subprograms.Contains(s) ? s : null,
            };
            if (row.SubprogramKey is { } sk && !subprograms.Contains(sk)) errors.Add(prefix + "SubprogramKey", "Такой подпрограммы в проекте нет.");
            goal.Objectives = ReadObjectives(plan, row, prefix, objectives, errors);
            result.Add(goal);
        }
        errors.UniqueCodes(Goals.Select((g, k) => (Kept(g) ? g.Code : null, $"Goals[{k}].Code")), "цели");
        if (errors.Any) return false;
        foreach (var g in result.Where(g => g.Key == 0)) g.Key = plan.NewKey();
        foreach (var o in result.SelectMany(g => g.Objectives).Where(o => o.Key == 0)) o.Key = plan.NewKey();
        var posted = Goals.Select(g => g.Key).ToHashSet();
        result.AddRange(plan.Goals.Where(g => !posted.Contains(g.Key)));
        plan.Goals = result;
        return true;
    }

    private static List<PlanObjective> ReadObjectives(ProgramPlan plan, GoalRow goal, string goalPrefix, Dictionary<int, PlanObjective> known, FormErrors errors)
    {
        var result = new List<PlanObjective>();
        for (var j = 0; j < goal.Objectives.Count; j++)
        {
            var row = goal.Objectives[j];
            var prefix = $"{goalPrefix}Objectives[{j}].";
            if (row.Key == 0 && row.IsBlank) continue;
            if (row.Key != 0 && !known.ContainsKey(row.Key)) { errors.Add("", "Список задач изменился: откройте страницу заново."); continue; }
            if (row.Remove)
            {
                if (row.Key != 0 && References.ToObjective(plan, row.Key) is { } used)
                    errors.Add(prefix + "Remove", $"Задачу нельзя удалить: к ней привязаны {used}. Сначала измените их.");
                continue;
            }
            result.Add(new PlanObjective
            {
                Key = row.Key,
                Code = errors.Text(row.Code, FieldLimits.ItemCode, prefix + "Code", "Укажите код задачи.") ?? "",
                Name = errors.Text(row.Name, FieldLimits.ItemName, prefix + "Name", "Укажите формулировку задачи.") ?? "",
            });
        }
        errors.UniqueCodes(goal.Objectives.Select((o, j) => (Kept(o) ? o.Code : null, $"{goalPrefix}Objectives[{j}].Code")), "задачи этой цели");
        return result;
    }

    private static bool Kept(GoalRow g) => !g.Remove && !(g.Key == 0 && g.IsBlank);
    private static bool Kept(ObjectiveRow o) => !o.Remove && !(o.Key == 0 && o.IsBlank);

    /// <summary>Swaps the rows the move button names, before reading (the messages then name the rows as shown after the move).</summary>
    private void MoveRows()
    {
        var parts = Move?.Split(':');
        if (parts is ["g", var k, var d]) ListMoves.Apply(Goals, $"{k}:{d}");
        else if (parts is ["o", var gk, var j, var d2] && int.TryParse(gk, out var g) && g >= 0 && g < Goals.Count)
            ListMoves.Apply(Goals[g].Objectives, $"{j}:{d2}");
    }
}

public sealed class GoalRow
{
    public int Key { get; set; }
    public bool Remove { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public int? SubprogramKey { get; set; }
    public List<ObjectiveRow> Objectives { get; set; } = [];

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name) && Objectives.All(o => o.IsBlank);
}

public sealed class ObjectiveRow
{
    public int Key { get; set; }
    public bool Remove { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name);
}
