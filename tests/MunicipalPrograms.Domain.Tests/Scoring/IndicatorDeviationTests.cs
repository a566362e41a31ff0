using MunicipalPrograms.Domain.Scoring;
using static MunicipalPrograms.Domain.Tests.Scoring.Build;

namespace MunicipalPrograms.Domain.Tests.Scoring;

/// <summary>The Кедровый Form 1 derived columns, recomputed where the source printed them wrong.</summary>
public sealed class IndicatorDeviationTests
{
    [Fact]
    public void KedrovyTask1Row2IsNinetyOnePointTwoPercentOfPlanNotNinePointTwo()
    {
        // Source prints 9,2 % of plan; plan 100, actual 91,2, previous year 93.
        var d = IndicatorDeviation.Of(Up(100, 91.2m) with { PreviousActual = 93m, HasDeviationReason = true });

        d.AbsoluteDeviation.Should().Be(-8.8m);
        d.PercentOfPlan.Should().Be(91.2m);
        Math.Round(d.GrowthRate!.Value, 2).Should().Be(98.06m);
        d.PlanMet.Should().BeFalse();
        d.MissingReason.Should().BeFalse();
    }

    [Fact]
    public void AMissedPlanWithoutReasonIsFlagged() =>
        IndicatorDeviation.Of(Up(9, 8)).MissingReason.Should().BeTrue();

    [Fact]
    public void AMetDecreasePlanNeedsNoReason() =>
        IndicatorDeviation.Of(Down(1.1m, 1.0m)).MissingReason.Should().BeFalse();

    [Fact]
    public void GrowthIsUndefinedWhenLastYearWasZero() =>
        IndicatorDeviation.Of(Up(100, 20) with { PreviousActual = 0 }).GrowthRate.Should().BeNull();

    [Fact]
    public void NotMeasuredHasNoDerivedValues()
    {
        var d = IndicatorDeviation.Of(Up(90, 0) with { NotMeasured = true });

        d.AbsoluteDeviation.Should().BeNull();
        d.PlanMet.Should().BeNull();
        d.MissingReason.Should().BeFalse();
    }
}
