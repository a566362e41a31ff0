using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Scoring;

/// <summary>
/// S, the ratio of achieved to planned result of one indicator (Procedure, Appendix 10).
/// Rules for every edge case are documented in docs/methodology.md.
/// </summary>
public static class AchievementRatio
{
    /// <summary>The uncapped S and the rule that gave it (S is null for an exclusion).</summary>
    public static (decimal? S, AchievementRule Rule) Compute(IndicatorInput i, ZeroDenominatorRule zeroRule)
    {
        if (i.NotMeasured) return (null, AchievementRule.ExcludedNotMeasured);
        if (i.Planned is not { } plan) return (null, AchievementRule.ExcludedNoPlan);
        if (i.Actual is not { } actual) return (null, AchievementRule.ExcludedNoActual);
        if (i.Direction is not { } direction) return (null, AchievementRule.ExcludedNoDirection);
        // Ratios of negative values say nothing about achievement (−3 / −5 = 0,6 is better, not worse).
        if (plan < 0 || actual < 0 || i.PlannedUpper < 0) return (null, AchievementRule.ExcludedNegative);

        return i.TargetKind switch
        {
            TargetKind.YesNo => (actual == plan ? 1m : 0m, AchievementRule.YesNo),
            TargetKind.AtMost => actual <= plan ? (1m, AchievementRule.TargetMet) : Ratio(plan, actual, AchievementRule.AtMostMissed, met: false, zeroRule),
            TargetKind.AtLeast => actual >= plan ? (1m, AchievementRule.TargetMet) : Ratio(actual, plan, AchievementRule.AtLeastMissed, met: false, zeroRule),
            TargetKind.Range => InRange(plan, i.PlannedUpper ?? plan, actual, zeroRule),
            _ => direction == Direction.Increase
                ? Ratio(actual, plan, AchievementRule.IncreaseRatio, met: actual >= plan, zeroRule)
                : Ratio(plan, actual, AchievementRule.DecreaseRatio, met: actual <= plan, zeroRule),
        };
    }

    private static (decimal?, AchievementRule) InRange(decimal lower, decimal upper, decimal actual, ZeroDenominatorRule zeroRule)
    {
        if (actual < lower) return Ratio(actual, lower, AchievementRule.BelowRange, met: false, zeroRule);
        if (actual > upper) return Ratio(upper, actual, AchievementRule.AboveRange, met: false, zeroRule);
        return (1m, AchievementRule.TargetMet);
    }

    private static (decimal?, AchievementRule) Ratio(decimal numerator, decimal denominator, AchievementRule rule, bool met, ZeroDenominatorRule zeroRule)
    {
        if (denominator != 0) return (numerator / denominator, rule);
        if (zeroRule == ZeroDenominatorRule.Exclude) return (null, AchievementRule.ExcludedZeroDenominator);
        return met ? (1m, AchievementRule.ZeroDenominatorMet) : (0m, AchievementRule.ZeroDenominatorMissed);
    }

    /// <summary>Was the plan met, judged in the indicator's direction and target kind? Null when it cannot be told.</summary>
    public static bool? PlanMet(IndicatorInput i)
    {
        if (i.NotMeasured || i.Planned is not { } plan || i.Actual is not { } actual) return null;
        return i.TargetKind switch
        {
            TargetKind.YesNo => actual == plan,
            TargetKind.AtMost => actual <= plan,
            TargetKind.AtLeast => actual >= plan,
            TargetKind.Range => actual >= plan && actual <= (i.PlannedUpper ?? plan),
            _ => i.Direction switch
            {
                Direction.Increase => actual >= plan,
                Direction.Decrease => actual <= plan,
                _ => null,
            },
        };
    }
}
