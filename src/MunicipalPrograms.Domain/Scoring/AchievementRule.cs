namespace MunicipalPrograms.Domain.Scoring;

/// <summary>Which rule produced an indicator's S, or why it has none. Texts: <see cref="ScoringTexts"/>.</summary>
public enum AchievementRule
{
    /// <summary>S = Rf / Rp.</summary>
    IncreaseRatio,
    /// <summary>S = Rp / Rf.</summary>
    DecreaseRatio,
    /// <summary>Да/нет: S = 1 when the actual equals the plan, else 0.</summary>
    YesNo,
    /// <summary>«Не более X», «не менее X», «от A до B»: S = 1 when met.</summary>
    TargetMet,
    /// <summary>«Не более X» missed: S = X / Rf.</summary>
    AtMostMissed,
    /// <summary>«Не менее X» missed: S = Rf / X.</summary>
    AtLeastMissed,
    /// <summary>Below the range: S = Rf / A.</summary>
    BelowRange,
    /// <summary>Above the range: S = B / Rf.</summary>
    AboveRange,
    /// <summary>The ratio would divide by zero; the target was met in its direction: S = 1.</summary>
    ZeroDenominatorMet,
    /// <summary>The ratio would divide by zero; the target was missed: S = 0.</summary>
    ZeroDenominatorMissed,

    // Exclusions: no S, the indicator leaves the index and its weight is spread over the rest.
    ExcludedNotMeasured,
    ExcludedNoPlan,
    ExcludedNoActual,
    ExcludedNegative,
    ExcludedZeroDenominator,
    ExcludedNoDirection,
}

public static class AchievementRuleExtensions
{
    public static bool IsExclusion(this AchievementRule rule) => rule >= AchievementRule.ExcludedNotMeasured;
}
