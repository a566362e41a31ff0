using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Domain.ReportForms.Builders;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Tests.ReportForms;

public sealed class FormBuilderTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.AnnualOf(2024);

    /// <summary>Two activities, local and regional money, two indicators (one not measured).</summary>
    private static ProgramFormInput Input()
    {
        var municipality = new Municipality { Id = 1, Name = "Муниципальное образование город Алексин", MoneyUnit = MoneyUnit.Rubles };
        var program = new MunicipalProgram
        {
            Id = 1, Name = "Развитие местного самоуправления", RegistryCode = "ALX", Municipality = municipality, StartYear = 2024,
            Activities =
            [
                new Activity { Id = 1, Code = "1", Name = "Обучение", SortOrder = 1, PlannedEnd = new DateOnly(2024, 12, 31) },
                new Activity { Id = 2, Code = "2", Name = "Конкурсы старост", SortOrder = 2, PlannedEnd = new DateOnly(2024, 12, 31) },
            ],
            FundingLines =
            [
                new FundingLine { ActivityId = 1, Year = 2024, Source = FundingSource.Local, Planned = 38_000m, Actual = 38_000m },
                new FundingLine { ActivityId = 2, Year = 2024, Source = FundingSource.Regional, Planned = 1_106_000m, Actual = 1_106_000m },
                new FundingLine { ActivityId = 2, Year = 2024, Source = FundingSource.Local, Planned = 474_000m, Actual = 470_000m },
            ],
            Indicators =
            [
                new Indicator { Id = 1, Code = "1", Name = "Обучено служащих", Unit = "Единиц", BaseValue = 65, SortOrder = 1,
                    Values = [new IndicatorValue { Year = 2024, Planned = 30, Actual = 74 }] },
                new Indicator { Id = 2, Code = "2", Name = "Удовлетворенность", Unit = "%", SortOrder = 2,
                    Values = [new IndicatorValue { Year = 2024, Planned = 90, NotMeasured = true }] },
            ],
        };
        var report = new ProgressReport { Year = 2024, SignatoryName = "Панина Ю.А.", SignatoryPosition = "Начальник управления" };
        var evaluation = ProgramEvaluation.Of(ProgramInputBuilder.Build(program, report, Year2024), new MethodologySettings());
        return new ProgramFormInput(program, Year2024, report, evaluation);
    }

    [Fact]
    public void ThreeSectionReportTotalsFundingFromActivityRows()
    {
        var document = AleksinReportForm.Build(Input());

        var funding = document.Tables.Last();
        var total = funding.Rows[^1];
        total.Kind.Should().Be(RowKind.Total);
        ReportTable.Positioned(total).Where(p => p.Cell.Number is not null).Select(p => p.Cell.Number)
            .Should().Equal(1_618_000m, 1_106_000m, 512_000m, 1_614_000m, 1_106_000m, 508_000m);
        document.Signature!.Name.Should().Be("Панина Ю.А.");
    }

    [Fact]
    public void AnnualReportLeavesOutIndicatorsThatCannotBeMeasuredAndSaysSo()
    {
        var document = AnnualReportForm.Build(Input());

        var results = document.Tables.First();
        results.Rows.Should().HaveCount(2, "one indicator and the total");
        results.Rows[0].Cells[3].Number.Should().Be(1m, "the only measured indicator carries the whole weight");
        document.Footnotes.Should().Contain(f => f.Contains("Удовлетворенность"));
        document.AppendixHeading[0].Should().Be("Приложение № 9");
    }

    [Fact]
    public void EvaluationFormTotalRowCarriesTheProgramIndices()
    {
        var document = EvaluationForm.Build(Input());

        var total = document.Tables.First().Rows[^1];
        total.Cells[0].Text.Should().Be("Муниципальная программа в целом");
        // By hand from Input(): indicator 2 is not measured, so Ip = S₁ = 74 / 30 = 2,4666667;
        // Vp = 38 000 + 1 106 000 + 474 000 = 1 618 000, Vf = 38 000 + 1 106 000 + 470 000 = 1 614 000;
        // Iэ = 1 614 000 × 2,4666667 / 1 618 000 = 2,4605686 — above 1,1, so above the Procedure's bands.
        Math.Round(total.Cells[1].Number!.Value, 7).Should().Be(2.4666667m);
        (total.Cells[2].Number, total.Cells[3].Number).Should().Be((1_618_000m, 1_614_000m));
        Math.Round(total.Cells[4].Number!.Value, 7).Should().Be(2.4605686m);
        total.Cells[5].Text.Should().Be("выше диапазонов методики");
    }
}
