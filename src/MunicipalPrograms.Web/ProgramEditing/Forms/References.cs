using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// What in a plan refers to an item, as words for a message («мероприятия 2.1, 2.2»); null when nothing does.
/// An item that is referred to is not removed silently: the user moves or changes what refers to it first.
/// </summary>
public static class References
{
    public static string? ToSubprogram(ProgramPlan plan, int key) => Join(
        ("цели", plan.Goals.Where(g => g.SubprogramKey == key).Select(g => g.Code)),
        ("мероприятия", plan.Activities.Where(a => a.SubprogramKey == key).Select(a => a.Code)),
        ("показатели", plan.Indicators.Where(i => i.SubprogramKey == key).Select(i => i.Code)));

    public static string? ToGoal(ProgramPlan plan, PlanGoal goal)
    {
        var objectives = goal.Objectives.Select(o => o.Key).ToHashSet();
        return Join(
            ("показатели", plan.Indicators.Where(i => i.GoalKey == goal.Key || i.ObjectiveKey is { } o && objectives.Contains(o)).Select(i => i.Code)),
            ("мероприятия", plan.Activities.Where(a => a.ObjectiveKey is { } o && objectives.Contains(o)).Select(a => a.Code)));
    }

    public static string? ToObjective(ProgramPlan plan, int key) => Join(
        ("показатели", plan.Indicators.Where(i => i.ObjectiveKey == key).Select(i => i.Code)),
        ("мероприятия", plan.Activities.Where(a => a.ObjectiveKey == key).Select(a => a.Code)));

    public static string? ToActivity(ProgramPlan plan, int key) => Join(
        ("показатели", plan.Indicators.Where(i => i.ActivityKey == key).Select(i => i.Code)));

    private static string? Join(params (string What, IEnumerable<string> Codes)[] groups)
    {
        var parts = groups.Select(g => (g.What, Codes: g.Codes.ToList())).Where(g => g.Codes.Count > 0)
            .Select(g => $"{g.What} {string.Join(", ", g.Codes)}").ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
