using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;
using static MunicipalPrograms.Domain.Tests.Scoring.Build;

namespace MunicipalPrograms.Domain.Tests.Scoring;

public sealed class ValidationTests
{
    private static readonly MethodologySettings Explicit = new() { WeightMode = WeightMode.Explicit };

    [Fact]
    public void WeightsNotSummingToOneAreAnErrorShowingTheSum()
    {
        var e = Evaluate(Element(100, 100, Up(1, 1, "a", 0.5m), Up(1, 1, "b", 0.45m)), Explicit);

        e.IsValid.Should().BeFalse();
        e.ResultIndex.Should().BeNull();
        e.Grade.Should().Be(EfficiencyGrade.NotAssessable);
        e.Issues.Should().ContainSingle(i => i.Severity == IssueSeverity.Error)
            .Which.Message.Should().Be("Сумма весов показателей равна 0,95, а должна быть равна 1.");
    }

    [Fact]
    public void WeightsWithinTheToleranceAreAccepted()
    {
        var e = Evaluate(Element(100, 100, Up(1, 1, "a", 0.333m), Up(1, 1, "b", 0.333m), Up(1, 1, "c", 0.333m)), Explicit);

        e.IsValid.Should().BeTrue();
        e.ResultIndex.Should().Be(1m);
    }

    [Fact]
    public void AWeightOutsideZeroToOneIsAnError()
    {
        var e = Evaluate(Element(100, 100, Up(1, 1, "a", 1.5m), Up(1, 1, "b", -0.5m)), Explicit);

        e.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Message).Should()
            .Contain("Вес показателя «Показатель a» равен 1,5, а должен быть от 0 до 1.");
    }

    [Fact]
    public void AMissingWeightInExplicitModeIsAnError()
    {
        var e = Evaluate(Element(100, 100, Up(1, 1, "a", 1m), Up(1, 1, "b")), Explicit);

        e.Issues.Should().Contain(i => i.Message == "У показателя «Показатель b» не задан вес." && i.IndicatorCode == "b");
    }

    [Fact]
    public void AnIndicatorWithoutDirectionIsAnError()
    {
        var e = Evaluate(Element(100, 100, Up(1, 1, "a") with { Direction = null }));

        e.IsValid.Should().BeFalse();
        e.Issues.Should().Contain(i => i.Message.Contains("не задана направленность") && i.IndicatorCode == "a");
    }

    [Fact]
    public void InvalidSettingsAreReportedNotThrown()
    {
        var settings = new MethodologySettings { PlannedLower = 0.95m, HighLower = 0.9m, AchievementCap = 0m };

        var e = Evaluate(Element(100, 100, Up(1, 1)), settings);

        e.IsValid.Should().BeFalse();
        e.Issues.Should().HaveCount(2);
        e.ExplainEfficiencyIndex().Should().Contain("не рассчитан");
    }

    [Fact]
    public void NegativeFundingIsAnError()
    {
        var e = Evaluate(Element(-1, 5, Up(1, 1)));

        e.IsValid.Should().BeFalse();
        e.Issues.Single().Message.Should().Contain("не может быть отрицательным");
    }

    [Fact]
    public void ARangeWithUpperBelowLowerIsAnError()
    {
        var e = Evaluate(Element(100, 100, Target(TargetKind.Range, 5m, 3m, upper: 1m)));

        e.Issues.Should().Contain(i => i.Message.Contains("верхняя граница диапазона 1 меньше нижней 5"));
    }
}

public sealed class PartOfProgramWeightTests
{
    private static readonly MethodologySettings ExplicitWeights = MethodologySettings.Default with { WeightMode = WeightMode.Explicit };

    [Fact]
    public void A_subprogram_with_part_of_the_programs_weights_is_scored_with_them_renormalized()
    {
        // The program's weights are 0,2 / 0,3 / 0,5; a subprogram holds the first two (sum 0,5).
        var sub = Build.Element(100m, 100m, Build.Up(10, 12, "a", 0.2m), Build.Up(10, 8, "b", 0.3m));

        var e = ProcedureMethodology.Evaluate(sub, ExplicitWeights, partOfProgram: true);

        e.IsValid.Should().BeTrue();
        // Ip = (0,2 × 1,2 + 0,3 × 0,8) / 0,5 = 0,96
        e.ResultIndex.Should().Be(0.96m);
    }

    [Fact]
    public void The_whole_program_still_needs_its_weights_to_sum_to_one()
    {
        var program = Build.Element(100m, 100m, Build.Up(10, 12, "a", 0.2m), Build.Up(10, 8, "b", 0.3m));

        var e = ProcedureMethodology.Evaluate(program, ExplicitWeights);

        e.IsValid.Should().BeFalse();
        e.Issues.Should().Contain(i => i.Message.Contains("Сумма весов показателей равна 0,5"));
    }
}
