using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>The changes the activity screens make to a plan: save one activity, remove one, move one among its siblings.</summary>
public static class ActivityEdits
{
    /// <returns>The saved activity (a new one with its new key), or null with messages.</returns>
    public static PlanActivity? Save(ProgramPlan plan, ActivityForm form, IReadOnlySet<int> departments, FormErrors errors)
    {
        if (form.Key != 0 && plan.Activities.All(a => a.Key != form.Key))
        {
            errors.Add("", "Этого мероприятия в проекте уже нет: его удалили. Откройте список мероприятий заново.");
            return null;
        }
        var activity = form.Read(plan, departments, errors);
        if (activity is null) return null;
        if (activity.Key == 0) activity.Key = plan.NewKey();
        plan.Activities = ActivityPlacement.Save(plan.Activities, activity);
        return activity;
    }

    /// <summary>Removes an activity and its planned funding; a message instead when it has children or indicators.</summary>
    public static string? Remove(ProgramPlan plan, int key)
    {
        var activity = plan.Activities.FirstOrDefault(a => a.Key == key);
        if (activity is null) return "Этого мероприятия в проекте уже нет.";
        var label = $"{activity.Code} «{activity.Name}»";
        if (ActivityPlacement.HasChildren(plan.Activities, key))
            return $"Мероприятие {label} нельзя удалить: в него входят другие мероприятия. Сначала удалите их или перенесите в другое мероприятие.";
        if (References.ToActivity(plan, key) is { } used)
            return $"Мероприятие {label} нельзя удалить: к нему привязаны {used}. Сначала измените их.";
        plan.Activities.Remove(activity);
        plan.Funding.RemoveAll(f => f.ActivityKey == key);
        return null;
    }

    public static bool Move(ProgramPlan plan, int key, int delta)
    {
        var before = plan.Activities.Select(a => a.Key).ToList();
        plan.Activities = ActivityPlacement.Move(plan.Activities, key, delta);
        return !before.SequenceEqual(plan.Activities.Select(a => a.Key));
    }
}
