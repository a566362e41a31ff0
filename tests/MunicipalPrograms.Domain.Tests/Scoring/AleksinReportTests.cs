using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Tests.Scoring;

/// <summary>
/// The Алексин 2024 annual report (shared/seeds/000), section 1 and 3, typed here from the source
/// independently of the demo data file. Worked result in docs/methodology.md.
/// </summary>
public sealed class AleksinReportTests
{
    // (plan 2024, actual 2024) of the 37 indicators in the order of the report; 11–13 aim at decrease.
    private static readonly (decimal Plan, decimal Actual)[] Values =
    [
        (30, 74), (100, 100), (100, 100), (650, 650), (170, 170), (600, 600), (3, 3), (100, 100), (45, 45), (65, 65),
        (1.1m, 1.1m), (0.1m, 0.1m), (0.2m, 0.2m), (70, 70), (100, 100), (50, 75), (45, 55), (420, 430), (4, 3), (55, 73),
        (70, 70), (75, 104), (30, 30), (100, 100), (100, 100), (100, 100), (76, 78), (48, 49), (60, 60), (20, 20),
        (10, 10), (85, 100), (85, 100), (11, 11), (37, 37), (25, 25), (40, 40),
    ];

    private const decimal PlannedFunding = 10_632_100.00m;  // section 3, «Всего», plan (seed 000 line 601)
    private const decimal ActualFunding = 10_590_548.91m;   // section 3, «Всего», actual (seed 000 line 606)

    private static ElementInput Report() => new(
        "Развитие местного самоуправления в муниципальном образовании город Алексин",
        Values.Select((v, k) => new IndicatorInput(
            (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"Показатель {k + 1}",
            k is >= 10 and <= 12 ? Direction.Decrease : Direction.Increase, TargetKind.Value, v.Plan, v.Actual,
            HasDeviationReason: k == 18)).ToList(),
        PlannedFunding, ActualFunding);

    [Fact]
    public void ResultIndexIsTheMeanOfThe37Ratios()
    {
        var e = ProcedureMethodology.Evaluate(Report(), MethodologySettings.Default);

        // Σ S = 26 × 1 + 74/30 + 75/50 + 55/45 + 430/420 + 3/4 + 73/55 + 104/75 + 78/76 + 49/48 + 100/85 + 100/85
        //     = 40,0767281059…; Ip = Σ S / 37 = 1,0831548137…
        e.IncludedCount.Should().Be(37);
        e.Indicators.Should().AllSatisfy(i => i.Weight.Should().BeApproximately(1m / 37m, 1e-20m));
        Math.Round(e.ResultIndex!.Value, 7).Should().Be(1.0831548m);
    }

    [Fact]
    public void EfficiencyIndexIsHigh()
    {
        var e = ProcedureMethodology.Evaluate(Report(), MethodologySettings.Default);

        // Ie = 10 590 548,91 × 1,0831548137 / 10 632 100,00 = 1,0789217588
        Math.Round(e.EfficiencyIndex!.Value, 7).Should().Be(1.0789218m);
        e.Grade.Should().Be(EfficiencyGrade.High);
        e.ExplainGrade().Should().Be("0,9 ≤ Iэ ≤ 1,1: высокий уровень эффективности");
    }

    [Fact]
    public void IndicatorOneAtTwoHundredFortySevenPercentOfPlanIsFlaggedAsAPossiblyWrongPlan()
    {
        var e = ProcedureMethodology.Evaluate(Report(), MethodologySettings.Default);

        e.Issues.Should().ContainSingle(i => i.IndicatorCode == "1")
            .Which.Message.Should().Contain("выполнен на 246,7 % плана");
        e.Issues.Should().NotContain(i => i.IndicatorCode == "19", "the report gives a reason for 3 of 4");
    }

    [Fact]
    public void WithACapOfOneTheResultIs36_75Over37()
    {
        var e = ProcedureMethodology.Evaluate(Report(), new MethodologySettings { AchievementCap = 1m });

        // Ten ratios above 1 become 1; 3/4 stays: Σ S = 36 + 0,75 = 36,75; Ip = 36,75 / 37 = 0,9932432;
        // Ie = 10 590 548,91 × 0,9932432 / 10 632 100,00 = 0,9893616 (docs/methodology.md §13).
        Math.Round(e.ResultIndex!.Value, 7).Should().Be(0.9932432m);
        Math.Round(e.EfficiencyIndex!.Value, 7).Should().Be(0.9893616m);
        e.Grade.Should().Be(EfficiencyGrade.High);
    }
}
