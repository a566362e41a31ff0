namespace MunicipalPrograms.Domain.Scoring;

/// <summary>
/// The derived columns of the Кедровый Form 1: absolute deviation of actual from plan, percent of
/// plan, growth against last year's actual; and whether a missed plan lacks its reason (Procedure 4.8).
/// </summary>
public readonly record struct IndicatorDeviation(
    decimal? AbsoluteDeviation, decimal? PercentOfPlan, decimal? GrowthRate, bool? PlanMet, bool MissingReason)
{
    public static IndicatorDeviation Of(IndicatorInput i)
    {
        var planMet = AchievementRatio.PlanMet(i);
        decimal? absolute = i.Actual - i.Planned;
        decimal? percent = i.Planned is { } p && p != 0 && i.Actual is { } a ? a / p * 100m : null;
        decimal? growth = i.PreviousActual is { } prev && prev != 0 && i.Actual is { } now ? now / prev * 100m : null;
        return new IndicatorDeviation(
            i.NotMeasured ? null : absolute,
            i.NotMeasured ? null : percent,
            i.NotMeasured ? null : growth,
            planMet,
            MissingReason: planMet == false && !i.HasDeviationReason);
    }
}
