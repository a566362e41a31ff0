using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>
/// What one user may change in one program's draft (Procedure 1.7, like <see cref="ReportRights"/> for reports): the
/// responsible executor (and an administrator) edits everything; a co-executor — a department among the executors of
/// an activity of the stored plan — edits that activity's form (name, terms, expected results, investment flag), its
/// funding and the planned values of the indicators attached to it. Nobody edits a draft under review or agreed.
/// The screens ask it what to enable; <see cref="ProgramDraftService.SaveAsync"/> asks it whether a change is allowed.
/// </summary>
public sealed class DraftRights
{
    /// <summary>The fields of an activity a co-executor may change; its code, place, kind and executors stay.</summary>
    private static readonly HashSet<string> ActivityFields =
        [PlanField.Name, PlanField.PlannedStart, PlanField.PlannedEnd, PlanField.ExpectedResults, PlanField.IsInvestment];

    private readonly HashSet<int>? _activities; // null: every activity
    private readonly HashSet<int> _indicators;

    private DraftRights(bool isResponsible, bool editable, HashSet<int>? activities, HashSet<int> indicators)
    {
        IsResponsible = isResponsible;
        EditableStatus = editable;
        _activities = activities;
        _indicators = indicators;
    }

    public static readonly DraftRights None = new(false, false, [], []);

    /// <summary>The user prepares the draft as a whole: the responsible executor or an administrator.</summary>
    public bool IsResponsible { get; }
    /// <summary>The draft is being edited or was returned.</summary>
    public bool EditableStatus { get; }
    /// <summary>The user executes some activities of the plan (and is not the responsible executor).</summary>
    public bool IsCoExecutor => !IsResponsible && _activities is { Count: > 0 };
    public bool CanEditAnything => EditableStatus && (IsResponsible || IsCoExecutor);
    /// <summary>Passport, sections, subprograms, goals, indicators' descriptions, the activity tree and order.</summary>
    public bool CanEditPassport => EditableStatus && IsResponsible;
    public bool CanEditActivity(int key) => EditableStatus && (IsResponsible || (_activities?.Contains(key) ?? false));
    public bool CanEditFunding(int activityKey) => CanEditActivity(activityKey);
    /// <summary>The planned values of an indicator: a co-executor's when it is attached to one of its activities.</summary>
    public bool CanEditIndicator(int key) => EditableStatus && (IsResponsible || _indicators.Contains(key));

    /// <summary>Rights on <paramref name="stored"/> (the draft's plan as stored: a submitted plan cannot widen them).</summary>
    public static DraftRights For(MunicipalProgram program, ProgramPlan stored, UserScope user, bool editableStatus)
    {
        if (ProgramDraftService.CanEdit(program, user)) return new DraftRights(true, editableStatus, null, []);
        if (user.Role != Roles.Executor || user.DepartmentId is not { } department) return new DraftRights(false, editableStatus, [], []);
        var activities = stored.Activities.Where(a => a.ExecutorIds.Contains(department)).Select(a => a.Key).ToHashSet();
        var indicators = stored.Indicators.Where(i => i.ActivityKey is { } a && activities.Contains(a)).Select(i => i.Key).ToHashSet();
        return new DraftRights(false, editableStatus, activities, indicators);
    }

    /// <summary>
    /// The Russian message refusing the first change of <paramref name="diff"/> (from <paramref name="stored"/>) this user
    /// may not make, naming the item as stored; null when every change is allowed.
    /// </summary>
    public string? Refusal(ProgramPlan stored, PlanDiff diff)
    {
        if (!CanEditAnything) return "Проект программы редактирует ее ответственный исполнитель.";
        if (IsResponsible) return null;
        return diff.Changes.FirstOrDefault(c => !Allows(c)) is { } change ? Message(change with { Item = StoredLabel(stored, change) ?? change.Item }) : null;
    }

    private static string? StoredLabel(ProgramPlan stored, PlanChange c) => c.Area switch
    {
        PlanArea.Activity or PlanArea.Funding => stored.Activities.FirstOrDefault(a => a.Key == c.Key) is { } a ? PlanDiff.Label(a.Code, a.Name) : null,
        PlanArea.Indicator or PlanArea.PlannedValue => stored.Indicators.FirstOrDefault(i => i.Key == c.Key) is { } i ? PlanDiff.Label(i.Code, i.Name) : null,
        PlanArea.Subprogram => stored.Subprograms.FirstOrDefault(s => s.Key == c.Key) is { } s ? PlanDiff.Label(s.Code, s.Name) : null,
        PlanArea.Goal => stored.Goals.FirstOrDefault(g => g.Key == c.Key) is { } g ? PlanDiff.Label(g.Code, g.Name) : null,
        PlanArea.Objective => stored.Objectives.FirstOrDefault(o => o.Key == c.Key) is { } o ? PlanDiff.Label(o.Code, o.Name) : null,
        _ => null,
    };

    /// <summary>The order of the document's items (which the diff does not see) is the responsible executor's.</summary>
    public string? OrderRefusal(ProgramPlan stored, ProgramPlan plan)
    {
        if (IsResponsible) return null;
        static IEnumerable<int> Keys(ProgramPlan p) => p.Subprograms.Select(s => s.Key).Concat(p.Goals.Select(g => g.Key))
            .Concat(p.Objectives.Select(o => o.Key)).Concat(p.Indicators.Select(i => i.Key)).Concat(p.Activities.Select(a => a.Key));
        return Keys(stored).SequenceEqual(Keys(plan)) ? null : "Порядок целей, показателей и мероприятий проекта изменяет ответственный исполнитель. " + NothingSaved;
    }

    private bool Allows(PlanChange c) => c.Area switch
    {
        PlanArea.Activity => c.Kind == ChangeKind.Changed && ActivityFields.Contains(c.Field ?? "") && CanEditActivity(c.Key),
        PlanArea.Funding => CanEditFunding(c.Key),
        PlanArea.PlannedValue => CanEditIndicator(c.Key),
        _ => false,
    };

    private const string NothingSaved = "Ничего не сохранено.";

    private string Message(PlanChange c) => c.Area switch
    {
        PlanArea.Activity when CanEditActivity(c.Key) =>
            $"Мероприятие {c.Item}: код, вид, место в перечне, задачу, подпрограмму и исполнителей, добавление и удаление изменяет ответственный исполнитель. {NothingSaved}",
        PlanArea.Activity => $"Мероприятие {c.Item} изменяют ответственный исполнитель и исполнители этого мероприятия. {NothingSaved}",
        PlanArea.Funding => $"Финансирование мероприятия {c.Item} изменяют ответственный исполнитель и исполнители этого мероприятия. {NothingSaved}",
        PlanArea.PlannedValue =>
            $"Плановые значения показателя {c.Item} изменяют ответственный исполнитель и исполнители мероприятия, к которому привязан показатель. {NothingSaved}",
        PlanArea.Passport => $"Паспорт программы изменяет ответственный исполнитель. {NothingSaved}",
        PlanArea.Subprogram => $"Подпрограмму {c.Item} изменяет ответственный исполнитель. {NothingSaved}",
        PlanArea.Goal => $"Цель {c.Item} изменяет ответственный исполнитель. {NothingSaved}",
        PlanArea.Objective => $"Задачу {c.Item} изменяет ответственный исполнитель. {NothingSaved}",
        PlanArea.IndicatorPassport => $"Паспорт показателя {c.Item} изменяет ответственный исполнитель. {NothingSaved}",
        PlanArea.CapitalObject => $"Перечень объектов капитального строительства изменяет ответственный исполнитель. {NothingSaved}",
        PlanArea.ResourceNeed => $"Потребность в ресурсах изменяет ответственный исполнитель. {NothingSaved}",
        _ => $"Показатель {c.Item} (его описание, связь, добавление и исключение) изменяет ответственный исполнитель. {NothingSaved}",
    };
}
