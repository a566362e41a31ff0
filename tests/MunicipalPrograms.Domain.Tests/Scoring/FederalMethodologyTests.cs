using MunicipalPrograms.Domain.Scoring;
using static MunicipalPrograms.Domain.Tests.Scoring.Build;

namespace MunicipalPrograms.Domain.Tests.Scoring;

public sealed class FederalMethodologyTests
{
    private static ActivityInput Activity(bool completed, bool due = true) => new("a", due, completed, completed);

    [Fact]
    public void ComputesEveryStepOfTheGuidance()
    {
        // СРм = 3/4 = 0,75; ССуз = 90/100 = 0,9; Эис = 0,75/0,9 = 0,8333…;
        // СДп/ппз = min(1,2; 1) = 1 and 0,8 → СРп/п = 0,9; ЭРп/п = 0,9 × 0,8333… = 0,75 → удовлетворительная
        var element = Element(100, 90, Up(10, 12, "a"), Up(10, 8, "b")) with
        {
            Activities = [Activity(true), Activity(true), Activity(true), Activity(false), Activity(false, due: false)],
        };

        var f = FederalMethodology.Evaluate(element, MethodologySettings.Default);

        f.ActivitiesPlanned.Should().Be(4);
        f.ActivitiesCompleted.Should().Be(3);
        f.ActivitiesImplementation.Should().Be(0.75m);
        f.SpendingRatio.Should().Be(0.9m);
        f.FundsEfficiency.Should().Be(0.75m / 0.9m);
        f.ImplementationDegree.Should().Be(0.9m);
        Math.Round(f.Efficiency!.Value, 10).Should().Be(0.75m);
        f.Grade.Should().Be(FederalGrade.Satisfactory);
    }

    [Theory]
    [InlineData("0.9", FederalGrade.High)]
    [InlineData("0.8999999", FederalGrade.Medium)]
    [InlineData("0.8", FederalGrade.Medium)]
    [InlineData("0.7999999", FederalGrade.Satisfactory)]
    [InlineData("0.7", FederalGrade.Satisfactory)]
    [InlineData("0.6999999", FederalGrade.Unsatisfactory)]
    public void GradesAtTheirLowerBounds(string value, FederalGrade grade) =>
        FederalMethodology.GradeOf(Dec(value)).Should().Be(grade);

    [Fact]
    public void NothingSpentOfAPlanLeavesFundsEfficiencyUndefined()
    {
        var f = FederalMethodology.Evaluate(Element(100, 0, Up(1, 1)) with { Activities = [Activity(true)] }, MethodologySettings.Default);

        f.SpendingRatio.Should().Be(0m);
        f.FundsEfficiency.Should().BeNull();
        f.Grade.Should().Be(FederalGrade.NotAssessable);
        f.Issues.Should().Contain(i => i.Message.Contains("Зф = 0"));
    }

    [Fact]
    public void NoActivitiesDueCountsAsFullyImplementedWithAWarning()
    {
        var f = FederalMethodology.Evaluate(Element(100, 100, Up(1, 1)), MethodologySettings.Default);

        f.ActivitiesImplementation.Should().Be(1m);
        f.Efficiency.Should().Be(1m);
        f.Issues.Should().ContainSingle().Which.Message.Should().Contain("СРм принята равной 1");
    }
}
