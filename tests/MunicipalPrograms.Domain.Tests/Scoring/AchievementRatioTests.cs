using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;
using static MunicipalPrograms.Domain.Tests.Scoring.Build;

namespace MunicipalPrograms.Domain.Tests.Scoring;

public sealed class AchievementRatioTests
{
    private static (decimal? S, AchievementRule Rule) S(IndicatorInput i, ZeroDenominatorRule zero = ZeroDenominatorRule.CountAsMetOrNot) =>
        AchievementRatio.Compute(i, zero);

    [Fact]
    public void IncreaseIsActualOverPlan() => S(Up(30, 74)).Should().Be((74m / 30m, AchievementRule.IncreaseRatio));

    [Fact]
    public void DecreaseIsPlanOverActual() => S(Down(0.2m, 0.25m)).Should().Be((0.8m, AchievementRule.DecreaseRatio));

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 0, 0)]
    [InlineData(0, 0, 1)]
    public void YesNoIsOneWhenActualEqualsPlanElseZero(int plan, int actual, int expected) =>
        S(Target(TargetKind.YesNo, plan, actual)).S.Should().Be(expected);

    [Fact]
    public void AtMostMetIsOne() => S(Target(TargetKind.AtMost, 2m, 1.45m)).Should().Be((1m, AchievementRule.TargetMet));

    [Fact]
    public void AtMostMissedIsLimitOverActual() => S(Target(TargetKind.AtMost, 2m, 2.5m)).Should().Be((0.8m, AchievementRule.AtMostMissed));

    [Fact]
    public void AtLeastMetIsOne() => S(Target(TargetKind.AtLeast, 12m, 15m)).Should().Be((1m, AchievementRule.TargetMet));

    [Fact]
    public void AtLeastMissedIsActualOverLimit() => S(Target(TargetKind.AtLeast, 12m, 9m)).Should().Be((0.75m, AchievementRule.AtLeastMissed));

    [Theory]
    [InlineData("1", "1", AchievementRule.TargetMet)]
    [InlineData("3", "1", AchievementRule.TargetMet)]
    [InlineData("5", "1", AchievementRule.TargetMet)]
    [InlineData("0.5", "0.5", AchievementRule.BelowRange)]   // 0,5 / 1
    [InlineData("10", "0.5", AchievementRule.AboveRange)]    // 5 / 10
    public void RangeIsOneInsideAndARatioToTheNearestBoundOutside(string actual, string expected, AchievementRule rule) =>
        S(Target(TargetKind.Range, 1m, Dec(actual), upper: 5m)).Should().Be((Dec(expected), rule));

    [Fact]
    public void PlanZeroOnIncreaseCountsAsMetWhenActualReachesIt() =>
        S(Up(0, 3)).Should().Be((1m, AchievementRule.ZeroDenominatorMet));

    [Fact]
    public void ActualZeroOnDecreaseCountsAsMet() =>
        S(Down(0.1m, 0)).Should().Be((1m, AchievementRule.ZeroDenominatorMet));

    [Fact]
    public void PlanAndActualZeroOnDecreaseCountsAsMet() =>
        S(Down(0, 0)).Should().Be((1m, AchievementRule.ZeroDenominatorMet));

    [Fact]
    public void ZeroDenominatorIsExcludedWhenTheMunicipalityChoosesSo() =>
        S(Down(0.1m, 0), ZeroDenominatorRule.Exclude).Should().Be((null, AchievementRule.ExcludedZeroDenominator));

    [Fact]
    public void NegativeValuesAreExcluded() => S(Up(-5, -3)).Should().Be((null, AchievementRule.ExcludedNegative));

    [Fact]
    public void NotMeasuredIsExcludedEvenWithValues() =>
        S(Up(10, 10) with { NotMeasured = true }).Should().Be((null, AchievementRule.ExcludedNotMeasured));

    [Fact]
    public void MissingPlanOrActualIsExcluded()
    {
        S(Up(null, 5)).Rule.Should().Be(AchievementRule.ExcludedNoPlan);
        S(Up(5, null)).Rule.Should().Be(AchievementRule.ExcludedNoActual);
    }

    [Fact]
    public void NoDirectionIsExcluded() => S(Up(1, 1) with { Direction = null }).Rule.Should().Be(AchievementRule.ExcludedNoDirection);
}
