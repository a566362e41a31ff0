using MunicipalPrograms.Domain.Scoring;
using static MunicipalPrograms.Domain.Tests.Scoring.Build;

namespace MunicipalPrograms.Domain.Tests.Scoring;

public sealed class EfficiencyIndexTests
{
    [Fact]
    public void IsActualFundingTimesResultOverPlannedFunding()
    {
        // Ip = 0,9; Ie = 80 × 0,9 / 100 = 0,72
        var e = Evaluate(Element(100, 80, Up(10, 9)));

        e.EfficiencyIndex.Should().Be(0.72m);
        e.Grade.Should().Be(EfficiencyGrade.Low);
        e.ExplainEfficiencyIndex().Should().Be("Iэ = Vf × Ip / Vp = 80 × 0,9000 / 100 = 0,7200");
    }

    [Theory]
    [InlineData("0.7999999", EfficiencyGrade.Low)]
    [InlineData("0.8", EfficiencyGrade.Planned)]
    [InlineData("0.8999999", EfficiencyGrade.Planned)]
    [InlineData("0.9", EfficiencyGrade.High)]
    [InlineData("1.1", EfficiencyGrade.High)]
    [InlineData("1.1000001", EfficiencyGrade.AboveRange)]
    public void GradeBandsIncludeTheirLowerBoundAndHighIncludes1_1(string ie, EfficiencyGrade grade) =>
        ProcedureMethodology.GradeOf(Dec(ie), MethodologySettings.Default).Should().Be(grade);

    [Fact]
    public void AboveTheBandsIsItsOwnOutcomeAndNamesTheCause()
    {
        // Ip = 1,5 with money spent as planned: Ie = 1,5
        var e = Evaluate(Element(100, 100, Up(10, 15)));

        e.Grade.Should().Be(EfficiencyGrade.AboveRange);
        e.ExplainGrade().Should().Contain("выше диапазонов методики").And.Contain("перевыполнены");
    }

    [Fact]
    public void OverspendingIsNamedAsTheCauseAboveTheBands()
    {
        var e = Evaluate(Element(100, 130, Up(10, 10)));

        e.EfficiencyIndex.Should().Be(1.3m);
        e.ExplainGrade().Should().Contain("фактические расходы выше плановых");
        e.Issues.Should().Contain(i => i.Message.Contains("превышает плановое"));
    }

    [Fact]
    public void NothingPlannedAndNothingSpentMeansEfficiencyEqualsResult()
    {
        var e = Evaluate(Element(0, 0, Up(10, 9.5m)));

        e.EfficiencyIndex.Should().Be(0.95m);
        e.EfficiencyRule.Should().Be(EfficiencyRule.NoFunding);
        e.Grade.Should().Be(EfficiencyGrade.High);
    }

    [Fact]
    public void SpendingWithoutAPlanCannotBeAssessed()
    {
        var e = Evaluate(Element(0, 50, Up(10, 10)));

        e.ResultIndex.Should().Be(1m);
        e.EfficiencyIndex.Should().BeNull();
        e.Grade.Should().Be(EfficiencyGrade.NotAssessable);
        e.Issues.Should().Contain(i => i.Message.Contains("при нулевом плане"));
    }

    [Fact]
    public void CustomBandsAreUsed()
    {
        var settings = new MethodologySettings { HighLower = 0.95m, HighUpper = 1.05m, PlannedLower = 0.85m };

        ProcedureMethodology.GradeOf(0.9m, settings).Should().Be(EfficiencyGrade.Planned);
        ProcedureMethodology.GradeOf(1.06m, settings).Should().Be(EfficiencyGrade.AboveRange);
    }
}
