using System.Globalization;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Grids;

/// <summary>
/// Reads the posted indicators grid into the plan: every cell is parsed as on the report screen; any error leaves the
/// plan untouched and returns the messages keyed by the input names. The page's order becomes the document's order;
/// a row not posted is removed. What the grid does not show (passport, method, other years' interim values) is kept.
/// </summary>
public static class IndicatorGridReader
{
    public static List<KeyValuePair<string, string>> Apply(ProgramPlan plan, IndicatorGridForm form, IReadOnlyList<int> years)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var stored = plan.Indicators.ToDictionary(i => i.Key);
        var rows = new List<PlanIndicator>();
        foreach (var row in form.Rows)
        {
            var target = stored.TryGetValue(row.Key, out var old) ? Copy(old) : new PlanIndicator { Key = 0 };
            Read(row, target, plan, years, form.InterimYear, errors);
            rows.Add(target);
        }
        if (errors.Count > 0) return errors;
        foreach (var added in rows.Where(r => r.Key == 0)) added.Key = plan.NewKey();
        plan.Indicators = rows;
        return errors;
    }

    private static void Read(IndicatorRowForm row, PlanIndicator t, ProgramPlan plan, IReadOnlyList<int> years, int? interimYear,
        List<KeyValuePair<string, string>> errors)
    {
        void Error(string field, string message) => errors.Add(new($"{row.Prefix}.{field}", message));
        (t.Code, t.Name, t.Unit) = ((row.Code ?? "").Trim(), (row.Name ?? "").Trim(), (row.Unit ?? "").Trim());
        if (t.Name.Length == 0) Error("Name", "Укажите наименование показателя.");
        (t.Kind, t.Direction, t.TargetKind) = (row.Kind, row.Direction, row.TargetKind);
        t.BaseValue = Number(row.BaseValue, "BaseValue", Error);
        t.BaseYear = null;
        if (!string.IsNullOrWhiteSpace(row.BaseYear))
        {
            if (int.TryParse(row.BaseYear.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100) t.BaseYear = y;
            else Error("BaseYear", "Базовый год — четыре цифры, например 2023.");
        }
        if (!IndicatorLinks.Apply(t, row.Link, plan)) Error("Link", "Выберите цель, задачу, подпрограмму или мероприятие из списка.");
        var keep = t.Plans.Where(p => p.Period != PeriodKind.Year && p.Year != interimYear).ToList();
        foreach (var year in row.Plan.Keys.Union(row.Upper.Keys).Where(y => !years.Contains(y)).Distinct())
            Error($"Plan[{year}]", GridMessages.YearOutside(year, years, "плановое значение"));
        var yearly = years.Select(y => Value(t.TargetKind, y, PeriodKind.Year, row.Plan.GetValueOrDefault(y), row.Upper.GetValueOrDefault(y),
            $"Plan[{y}]", $"Upper[{y}]", Error));
        var interim = interimYear is { } iy && years.Contains(iy)
            ? IndicatorGridForm.InterimPeriods.Select(k => Value(t.TargetKind, iy, k, row.Interim.GetValueOrDefault(k), row.InterimUpper.GetValueOrDefault(k),
                $"Interim[{k}]", $"InterimUpper[{k}]", Error))
            : t.Plans.Where(p => p.Period != PeriodKind.Year && p.Year == interimYear);
        t.Plans = [.. yearly.Concat(interim).OfType<PlanValue>().Concat(keep).OrderBy(p => p.Year).ThenBy(p => p.Period)];
    }

    private static PlanValue? Value(TargetKind kind, int year, PeriodKind period, string? text, string? upperText, string field, string upperField,
        Action<string, string> error)
    {
        var planned = Number(text, field, error);
        var upper = kind == TargetKind.Range ? Number(upperText, upperField, error) : null;
        if (kind == TargetKind.YesNo && planned is not (null or 0 or 1)) error(field, "Для показателя «да/нет» выберите да (1) или нет (0).");
        if (planned > upper) error(upperField, "Верхняя граница диапазона меньше нижней.");
        if (kind == TargetKind.Range && (planned is null) != (upper is null)) error(planned is null ? field : upperField, "Для диапазона укажите обе границы: от и до.");
        return planned is null && upper is null ? null : new PlanValue { Year = year, Period = period, Planned = planned, PlannedUpper = upper };
    }

    private static decimal? Number(string? text, string field, Action<string, string> error)
    {
        var parsed = RuInput.Number(text);
        if (!parsed.Ok) error(field, parsed.Error!);
        return parsed.Value;
    }

    private static PlanIndicator Copy(PlanIndicator i) => new()
    {
        Key = i.Key, Code = i.Code, Name = i.Name, Unit = i.Unit, Kind = i.Kind, Direction = i.Direction, TargetKind = i.TargetKind,
        BaseValue = i.BaseValue, BaseYear = i.BaseYear, BaseNote = i.BaseNote, GoalKey = i.GoalKey, ObjectiveKey = i.ObjectiveKey,
        SubprogramKey = i.SubprogramKey, ActivityKey = i.ActivityKey, CalculationMethod = i.CalculationMethod,
        Plans = i.Plans.Select(p => new PlanValue { Year = p.Year, Period = p.Period, Planned = p.Planned, PlannedUpper = p.PlannedUpper }).ToList(),
    };
}
