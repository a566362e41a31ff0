using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;
using static MunicipalPrograms.Domain.Tests.Scoring.Build;

namespace MunicipalPrograms.Domain.Tests.Scoring;

public sealed class ResultIndexTests
{
    [Fact]
    public void EqualWeightsAverageTheRatios()
    {
        // S = 1,2; 0,8; 1 → Ip = 3 / 3 = 1
        var e = Evaluate(Element(100, 100, Up(10, 12, "a"), Down(8, 10, "b"), Up(5, 5, "c")));

        e.ResultIndex.Should().Be(1m);
        e.Indicators.Select(i => i.Weight).Should().AllSatisfy(w => w.Should().BeApproximately(1m / 3m, 1e-20m));
    }

    [Fact]
    public void ExplicitWeightsAreApplied()
    {
        // 0,5 × 1,2 + 0,3 × 0,8 + 0,2 × 1 = 0,6 + 0,24 + 0,2 = 1,04
        var e = Evaluate(Element(100, 100, Up(10, 12, "a", 0.5m), Down(8, 10, "b", 0.3m), Up(5, 5, "c", 0.2m)),
            new MethodologySettings { WeightMode = WeightMode.Explicit });

        e.ResultIndex.Should().Be(1.04m);
    }

    [Fact]
    public void ExcludedIndicatorsWeightIsSpreadOverTheRestInProportion()
    {
        // "b" not measured: weights 0,5 and 0,2 become 0,5/0,7 and 0,2/0,7; Ip = (0,5 × 1,2 + 0,2 × 1) / 0,7 = 0,8 / 0,7
        var notMeasured = Down(8, 10, "b", 0.3m) with { NotMeasured = true };
        var e = Evaluate(Element(100, 100, Up(10, 12, "a", 0.5m), notMeasured, Up(5, 5, "c", 0.2m)),
            new MethodologySettings { WeightMode = WeightMode.Explicit });

        e.ResultIndex.Should().Be(0.8m / 0.7m);
        e.IncludedCount.Should().Be(2);
        e.Indicators.Single(i => i.Input.Code == "b").Weight.Should().Be(0m);
        e.Indicators.Single(i => i.Input.Code == "a").Weight.Should().Be(0.5m / 0.7m);
        e.Indicators.Single(i => i.Input.Code == "b").Explain().Should().Contain("не измерялся");
    }

    [Fact]
    public void EqualWeightsAreOneOverTheIncludedCount()
    {
        var e = Evaluate(Element(100, 100, Up(10, 12, "a"), Up(10, null, "b"), Up(10, 8, "c")));

        e.ResultIndex.Should().Be(1m); // (1,2 + 0,8) / 2
        e.Indicators.Single(i => i.Input.Code == "a").Weight.Should().Be(0.5m);
    }

    [Fact]
    public void CapLimitsEachRatio()
    {
        var e = Evaluate(Element(100, 100, Up(10, 15, "a"), Up(10, 9, "b")), new MethodologySettings { AchievementCap = 1m });

        e.ResultIndex.Should().Be(0.95m); // (1 + 0,9) / 2
        var capped = e.Indicators.Single(i => i.Input.Code == "a");
        capped.RawS.Should().Be(1.5m);
        capped.S.Should().Be(1m);
        capped.Explain().Should().Contain("ограничено до 1");
    }

    [Fact]
    public void ElementWithoutIndicatorsHasNoIndexAndSaysWhy()
    {
        var e = Evaluate(Element(100, 100));

        e.ResultIndex.Should().BeNull();
        e.EfficiencyIndex.Should().BeNull();
        e.Grade.Should().Be(EfficiencyGrade.NotAssessable);
        e.EfficiencyRule.Should().Be(EfficiencyRule.NoIndicators);
        e.ExplainResultIndex().Should().Be("Индекс результативности не рассчитан: нет ни одного показателя, по которому можно рассчитать S.", "the cause is said once");
    }

    [Fact]
    public void AllIndicatorsExcludedIsLikeNoIndicators()
    {
        var e = Evaluate(Element(100, 100, Up(10, 10) with { NotMeasured = true }));

        e.ResultIndex.Should().BeNull();
        e.Grade.Should().Be(EfficiencyGrade.NotAssessable);
    }

    [Fact]
    public void AnUnknownWeightModeIsReportedNotThrown()
    {
        // A weight mode the code does not know (a stored '99' before the database refused it): no index, one error saying why.
        var e = Evaluate(Element(100, 100, Up(10, 12, "a"), Down(8, 10, "b")), new MethodologySettings { WeightMode = (WeightMode)99 });

        e.ResultIndex.Should().BeNull();
        e.EfficiencyIndex.Should().BeNull();
        e.Issues.Should().Contain(i => i.Severity == IssueSeverity.Error && i.Message.Contains("Способ задания весов"));
    }

    [Fact]
    public void AnExplicitWeightThatIsMissingMakesTheIndexInvalidNotAnException()
    {
        // "b" has no weight in explicit mode: an error of the report, not a crash of the page.
        var e = Evaluate(Element(100, 100, Up(10, 12, "a", 1m), Down(8, 10, "b")), new MethodologySettings { WeightMode = WeightMode.Explicit });

        e.ResultIndex.Should().BeNull();
        e.Issues.Should().Contain(i => i.Message.Contains("не задан вес"));
    }
}
