using System.Globalization;
using System.Text.RegularExpressions;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// One activity of Appendix 2 (a main activity or an activity under a parent) as its form posts it: dates as typed
/// (ДД.ММ.ГГГГ), the expected results as lines «2025: текст». Key 0 is a new activity.
/// </summary>
public sealed partial class ActivityForm
{
    public uint Version { get; set; }
    public int Key { get; set; }
    public int? ParentKey { get; set; }
    public ActivityKind Kind { get; set; } = ActivityKind.Activity;
    public string? Code { get; set; }
    public string? StructureCode { get; set; }
    public string? Name { get; set; }
    public int? ObjectiveKey { get; set; }
    public int? SubprogramKey { get; set; }
    public string? PlannedStart { get; set; }
    public string? PlannedEnd { get; set; }
    public bool IsInvestment { get; set; }
    public List<int> ExecutorIds { get; set; } = [];
    /// <summary>One line per year: «2025: Проведено 4 обучающих семинара».</summary>
    public string? ExpectedResults { get; set; }

    public static ActivityForm From(PlanActivity a, uint version) => new()
    {
        Version = version, Key = a.Key, ParentKey = a.ParentKey, Kind = a.Kind, Code = a.Code, StructureCode = a.StructureCode, Name = a.Name,
        ObjectiveKey = a.ObjectiveKey, SubprogramKey = a.SubprogramKey, PlannedStart = Day(a.PlannedStart), PlannedEnd = Day(a.PlannedEnd),
        IsInvestment = a.IsInvestment, ExecutorIds = [.. a.ExecutorIds],
        ExpectedResults = string.Join("\n", a.ExpectedResults.OrderBy(r => r.Year).Select(r => $"{r.Year.ToString(CultureInfo.InvariantCulture)}: {r.Text}")),
    };

    /// <summary>A new activity under <paramref name="parentKey"/> (its parent's objective and subprogram by default).</summary>
    public static ActivityForm New(ProgramPlan plan, int? parentKey, uint version)
    {
        var parent = plan.Activities.FirstOrDefault(a => a.Key == parentKey);
        return new ActivityForm
        {
            Version = version, ParentKey = parent?.Key, Kind = parent is null ? ActivityKind.MainActivity : ActivityKind.Activity,
            ObjectiveKey = parent?.ObjectiveKey, SubprogramKey = parent?.SubprogramKey, ExecutorIds = [.. parent?.ExecutorIds ?? []],
        };
    }

    /// <summary>The activity as the plan will hold it (key 0 for a new one), or null with messages.</summary>
    public PlanActivity? Read(ProgramPlan plan, IReadOnlySet<int> departments, FormErrors errors)
    {
        var start = RuInput.Date(PlannedStart);
        var end = RuInput.Date(PlannedEnd);
        if (!start.Ok) errors.Add(nameof(PlannedStart), start.Error!);
        if (!end.Ok) errors.Add(nameof(PlannedEnd), end.Error!);
        if (start.Value is { } s && end.Value is { } e && e < s) errors.Add(nameof(PlannedEnd), "Дата окончания не может быть раньше даты начала.");
        var a = new PlanActivity
        {
            Key = Key, ParentKey = ParentKey, Kind = Kind,
            Code = errors.Text(Code, FieldLimits.ActivityCode, nameof(Code), "Укажите код мероприятия.") ?? "",
            StructureCode = errors.Text(StructureCode, FieldLimits.ActivityCode, nameof(StructureCode)),
            Name = errors.Text(Name, FieldLimits.ItemName, nameof(Name), "Укажите наименование мероприятия.") ?? "",
            ObjectiveKey = ObjectiveKey, SubprogramKey = SubprogramKey, PlannedStart = start.Value, PlannedEnd = end.Value, IsInvestment = IsInvestment,
            ExecutorIds = ExecutorIds.Distinct().Order().ToList(), ExpectedResults = ReadResults(errors),
        };
        if (!Enum.IsDefined(Kind)) errors.Add(nameof(Kind), "Выберите вид: основное мероприятие или мероприятие.");
        if (plan.Activities.Any(x => x.Key != Key && string.Equals(x.Code, a.Code, StringComparison.OrdinalIgnoreCase)) && a.Code.Length > 0)
            errors.Add(nameof(Code), $"Код {a.Code} уже есть у другого мероприятия: коды мероприятий не повторяются.");
        if (ActivityPlacement.ParentError(plan.Activities, Key, ParentKey) is { } parentError) errors.Add(nameof(ParentKey), parentError);
        if (ObjectiveKey is { } o && plan.Objectives.All(x => x.Key != o)) errors.Add(nameof(ObjectiveKey), "Такой задачи в проекте нет.");
        if (SubprogramKey is { } sp && plan.Subprograms.All(x => x.Key != sp)) errors.Add(nameof(SubprogramKey), "Такой подпрограммы в проекте нет.");
        if (ExecutorIds.Any(id => !departments.Contains(id))) errors.Add(nameof(ExecutorIds), "Исполнители выбираются из подразделений муниципального образования.");
        return errors.Any ? null : a;
    }

    private static string Day(DateOnly? d) => d?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    [GeneratedRegex(@"^(?<year>\d{4})\s*[:\-–—]\s*(?<text>.+)$")]
    private static partial Regex ResultLine();

    private List<PlanYearText> ReadResults(FormErrors errors)
    {
        var results = new List<PlanYearText>();
        foreach (var line in PassportForm.Lines(ExpectedResults))
        {
            var m = ResultLine().Match(line);
            var year = m.Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : 0;
            if (!m.Success || year is < 2000 or > 2100)
                errors.Add(nameof(ExpectedResults), $"Строка «{line}»: укажите год четырьмя цифрами и результат, например «2025: Проведено 4 семинара».");
            else if (results.Exists(r => r.Year == year)) errors.Add(nameof(ExpectedResults), $"Год {year} указан дважды: напишите результаты года в одной строке.");
            else if (m.Groups["text"].Value.Trim().Length > FieldLimits.LongText) errors.Add(nameof(ExpectedResults), $"Результат {year} года слишком длинный.");
            else results.Add(new PlanYearText { Year = year, Text = m.Groups["text"].Value.Trim() });
        }
        return [.. results.OrderBy(r => r.Year)];
    }
}
