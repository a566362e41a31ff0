using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Tests.Scoring;

public sealed class AdditionalCriteriaTests
{
    private static AdditionalCriteriaInput Input(
        IReadOnlyList<TargetGroupInput>? groups = null, IReadOnlyList<ActivityInput>? activities = null,
        Dictionary<FundingSource, decimal>? actual = null) =>
        new(groups ?? [], true, activities ?? [], actual ?? [], true, false, "экономия бюджета");

    [Fact]
    public void TargetGroupCoverageIsTheMeanOfEachGroupsRatio()
    {
        // 400/1000 = 0,4 and 30/40 = 0,75 → (0,4 + 0,75) / 2 = 0,575
        var r = AdditionalCriteriaCalculator.Compute(Input([new("жители", 400, 1000), new("СОНКО", 30, 40)]));

        r.TargetGroupCoverage.Should().Be(0.575m);
    }

    [Fact]
    public void AGroupOfSizeZeroIsLeftOutOfTheMean()
    {
        var r = AdditionalCriteriaCalculator.Compute(Input([new("жители", 1, 2), new("пусто", 0, 0)]));

        r.TargetGroupCoverage.Should().Be(0.5m);
        r.TargetGroupRatios.Should().Contain(("пусто", null));
    }

    [Fact]
    public void TimelyExecutionIsOnTimeOverDueInPercent()
    {
        ActivityInput A(bool due, bool done, bool onTime) => new("a", due, done, onTime);
        var r = AdditionalCriteriaCalculator.Compute(Input(activities:
            [A(true, true, true), A(true, true, false), A(true, false, false), A(true, true, true), A(false, true, true)]));

        r.ActivitiesDue.Should().Be(4);
        r.ActivitiesOnTime.Should().Be(2);
        r.TimelyExecutionRate.Should().Be(50m);
    }

    [Fact]
    public void InvestmentShareIsInvestmentActualOverAllActualInPercent()
    {
        var r = AdditionalCriteriaCalculator.Compute(Input(activities:
            [new("a", true, true, true, IsInvestment: true, ActualFunding: 250m), new("b", true, true, true, ActualFunding: 750m)]));

        r.InvestmentShare.Should().Be(25m);
    }

    [Fact]
    public void CoFundingIsPresentPerSourceWithActualMoney()
    {
        var r = AdditionalCriteriaCalculator.Compute(Input(actual: new() { [FundingSource.Regional] = 1_106_000m, [FundingSource.Local] = 9_484_548.91m }));

        r.CoFunding[FundingSource.Regional].Should().BeTrue();
        r.CoFunding[FundingSource.Federal].Should().BeFalse();
        r.CoFunding.Keys.Should().NotContain(FundingSource.Local);
    }

    [Fact]
    public void NothingToComputeFromGivesNoValuesRatherThanZero()
    {
        var r = AdditionalCriteriaCalculator.Compute(Input());

        r.TargetGroupCoverage.Should().BeNull();
        r.TimelyExecutionRate.Should().BeNull();
        r.InvestmentShare.Should().BeNull();
        r.HasWorkingGroup.Should().BeTrue();
        r.EffectDescription.Should().Be("экономия бюджета");
    }
}
