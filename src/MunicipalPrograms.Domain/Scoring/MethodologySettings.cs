using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Scoring;

/// <summary>Which methodology's result is the official one; the other is shown for comparison.</summary>
public enum OfficialMethodology { Procedure, Federal }

/// <summary>
/// What to do when a ratio would divide by zero: plan 0 on an increase indicator (S = Rf/0),
/// actual 0 on a decrease indicator (S = Rp/0).
/// </summary>
public enum ZeroDenominatorRule
{
    /// <summary>S = 1 when the target is met in its direction (e.g. plan 0 incidents, actual 0), else S = 0.</summary>
    CountAsMetOrNot,
    /// <summary>The indicator leaves the index, like a not-measured one, and its weight is spread.</summary>
    Exclude,
}

/// <summary>
/// A municipality's reading of the methodology (Procedure, Appendix 10). The formulas of our
/// Procedure were lost; these settings hold the choices municipalities differ in.
/// </summary>
public sealed record MethodologySettings
{
    public WeightMode WeightMode { get; init; } = WeightMode.Equal;
    /// <summary>Upper limit on each S (none by default; 1.0 and 1.3 are common elsewhere).</summary>
    public decimal? AchievementCap { get; init; }
    /// <summary>Ie from this value up to HighUpper: высокий уровень эффективности.</summary>
    public decimal HighLower { get; init; } = 0.9m;
    /// <summary>Above this the result is outside the methodology's bands and shown as such.</summary>
    public decimal HighUpper { get; init; } = 1.1m;
    /// <summary>Ie from this value up to HighLower: запланированный уровень; below it: низкий.</summary>
    public decimal PlannedLower { get; init; } = 0.8m;
    public ZeroDenominatorRule ZeroDenominator { get; init; } = ZeroDenominatorRule.CountAsMetOrNot;
    /// <summary>How far explicit weights may miss 1 (rounding in typed weights such as 0,333).</summary>
    public decimal WeightSumTolerance { get; init; } = 0.001m;
    /// <summary>S above this suggests a wrong plan: the review screen warns.</summary>
    public decimal SuspiciousAchievement { get; init; } = 2m;
    public OfficialMethodology Official { get; init; } = OfficialMethodology.Procedure;

    public static MethodologySettings Default { get; } = new();

    /// <summary>Problems that make the settings unusable, in Russian, empty when valid.</summary>
    public IReadOnlyList<string> Validate() => ValidateFields().Select(e => e.Message).ToList();

    /// <summary>The same problems with the setting each is about, so a form can show it next to the field.</summary>
    public IReadOnlyList<(string Field, string Message)> ValidateFields()
    {
        var errors = new List<(string, string)>();
        if (AchievementCap is { } cap && cap <= 0)
            errors.Add((nameof(AchievementCap), $"Ограничение S должно быть больше нуля (задано {RuFormat.Number(cap)})."));
        if (!(PlannedLower < HighLower && HighLower <= HighUpper))
            errors.Add((nameof(HighLower), $"Границы уровней эффективности должны возрастать: {RuFormat.Number(PlannedLower)} < {RuFormat.Number(HighLower)} ≤ {RuFormat.Number(HighUpper)}."));
        if (PlannedLower < 0)
            errors.Add((nameof(PlannedLower), "Нижняя граница запланированного уровня не может быть отрицательной."));
        if (WeightSumTolerance is < 0 or > 0.1m)
            errors.Add((nameof(WeightSumTolerance), "Допуск суммы весов должен быть от 0 до 0,1."));
        if (SuspiciousAchievement <= 0)
            errors.Add((nameof(SuspiciousAchievement), "Порог подозрительного S должен быть больше нуля."));
        // Stored data the scoring cannot read is reported, never thrown: the page of this program says why.
        if (!Enum.IsDefined(WeightMode) || !Enum.IsDefined(ZeroDenominator))
            errors.Add((nameof(WeightMode), "Способ задания весов или правило нулевого знаменателя не распознаны: индексы не рассчитаны. Выберите способ задания весов в отчете."));
        return errors;
    }
}
