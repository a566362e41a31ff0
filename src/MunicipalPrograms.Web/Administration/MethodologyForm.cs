using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>
/// The methodology settings as the administrator types them (numbers with a decimal comma), with the reporting year they
/// take effect from. Saving adds a version (MethodologyVersion); accepted reports keep the version they were accepted with.
/// </summary>
public sealed class MethodologyForm
{
    public string? EffectiveFromYear { get; set; }
    public WeightMode WeightMode { get; set; }
    /// <summary>Empty: S not capped; «1» or «1,3» are the common caps.</summary>
    public string? AchievementCap { get; set; }
    public string? HighLower { get; set; }
    public string? HighUpper { get; set; }
    public string? PlannedLower { get; set; }
    public ZeroDenominatorRule ZeroDenominator { get; set; }
    public string? WeightSumTolerance { get; set; }
    public string? SuspiciousAchievement { get; set; }
    public OfficialMethodology Official { get; set; }

    /// <summary>The one-line Russian explanation the screen prints under each setting.</summary>
    public static readonly IReadOnlyDictionary<string, string> Explanations = new Dictionary<string, string>
    {
        [nameof(EffectiveFromYear)] = "Первый отчетный год, который оценивается по этим настройкам; принятые отчеты сохраняют настройки, с которыми приняты.",
        [nameof(WeightMode)] = "Mi = 1/N для всех показателей или веса, заданные в отчете (сумма 1); в отчете способ можно изменить.",
        [nameof(AchievementCap)] = "Пусто — S не ограничено; 1 — перевыполнение не учитывается; 1,3 — учитывается до 130 %.",
        [nameof(HighLower)] = "Iэ от этого значения до верхней границы — высокий уровень эффективности.",
        [nameof(HighUpper)] = "Iэ выше этого значения — «выше диапазонов методики» (перевыполнение или перерасход).",
        [nameof(PlannedLower)] = "Iэ от этого значения до нижней границы высокого — запланированный уровень; ниже — низкий.",
        [nameof(ZeroDenominator)] = "Когда план (на увеличение) или факт (на снижение) равен 0: S = 1 при достижении цели или показатель исключается.",
        [nameof(WeightSumTolerance)] = "Насколько сумма заданных весов может отличаться от 1 (например, 0,333 × 3 = 0,999).",
        [nameof(SuspiciousAchievement)] = "При S выше этого значения экран проверки предупреждает: возможно, неверно задан план.",
        [nameof(Official)] = "Какой результат официальный; второй рассчитывается и показывается для сравнения.",
    };

    public static MethodologyForm From(MethodologySettings s, int year) => new()
    {
        EffectiveFromYear = year.ToString(System.Globalization.CultureInfo.InvariantCulture), WeightMode = s.WeightMode,
        AchievementCap = s.AchievementCap is { } c ? RuFormat.Number(c) : null, HighLower = RuFormat.Number(s.HighLower),
        HighUpper = RuFormat.Number(s.HighUpper), PlannedLower = RuFormat.Number(s.PlannedLower), ZeroDenominator = s.ZeroDenominator,
        WeightSumTolerance = RuFormat.Number(s.WeightSumTolerance), SuspiciousAchievement = RuFormat.Number(s.SuspiciousAchievement), Official = s.Official,
    };

    /// <summary>The settings and year typed, or null with each message next to its field.</summary>
    public (MethodologySettings Settings, int Year)? Read(FormErrors errors)
    {
        var year = errors.Year(EffectiveFromYear, nameof(EffectiveFromYear), "Укажите год, с которого действуют настройки.");
        if (!Enum.IsDefined(WeightMode)) errors.Add(nameof(WeightMode), "Выберите способ задания весов.");
        if (!Enum.IsDefined(ZeroDenominator)) errors.Add(nameof(ZeroDenominator), "Выберите правило нулевого знаменателя.");
        if (!Enum.IsDefined(Official)) errors.Add(nameof(Official), "Выберите официальную методику.");
        var settings = new MethodologySettings
        {
            WeightMode = WeightMode, ZeroDenominator = ZeroDenominator, Official = Official,
            AchievementCap = Number(AchievementCap, nameof(AchievementCap), errors, required: false),
            HighLower = Number(HighLower, nameof(HighLower), errors) ?? 0,
            HighUpper = Number(HighUpper, nameof(HighUpper), errors) ?? 0,
            PlannedLower = Number(PlannedLower, nameof(PlannedLower), errors) ?? 0,
            WeightSumTolerance = Number(WeightSumTolerance, nameof(WeightSumTolerance), errors) ?? 0,
            SuspiciousAchievement = Number(SuspiciousAchievement, nameof(SuspiciousAchievement), errors) ?? 0,
        };
        if (errors.Any) return null; // the domain's checks only make sense on numbers that were read
        foreach (var (field, message) in settings.ValidateFields()) errors.Add(field, message);
        return errors.Any ? null : (settings, year!.Value);
    }

    private static decimal? Number(string? text, string field, FormErrors errors, bool required = true)
    {
        var parsed = RuInput.Number(text, NumberColumns.Measured, allowNegative: false);
        if (parsed.Error is { } e) errors.Add(field, e);
        else if (required && parsed.Value is null) errors.Add(field, "Укажите число, например 0,9.");
        else if (parsed.Value > 1000) errors.Add(field, "Не более 1000.");
        return parsed.Value;
    }

    /// <summary>The settings as the administration log records them (invariant text).</summary>
    public static IReadOnlyList<(string, string?)> Fields(MethodologySettings s) =>
    [
        ("weight_mode", s.WeightMode.ToString()), ("achievement_cap", Invariant(s.AchievementCap)), ("high_lower", Invariant(s.HighLower)),
        ("high_upper", Invariant(s.HighUpper)), ("planned_lower", Invariant(s.PlannedLower)), ("zero_denominator", s.ZeroDenominator.ToString()),
        ("weight_sum_tolerance", Invariant(s.WeightSumTolerance)), ("suspicious_achievement", Invariant(s.SuspiciousAchievement)),
        ("official", s.Official.ToString()),
    ];

    private static string? Invariant(decimal? d) => d?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
