using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Domain.Tests.Reports;

public sealed class ReportCompletenessTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.AnnualOf(2025);

    private static Indicator Indicator(int id, decimal? plan, decimal? actual, bool notMeasured = false, string? reason = null, Direction direction = Direction.Increase) => new()
    {
        Id = id, Code = $"{id}", Name = $"Показатель {id}", Direction = direction, SortOrder = id,
        Values = [new IndicatorValue { Id = 100 + id, Year = 2025, Planned = plan, Actual = actual, NotMeasured = notMeasured, DeviationReason = reason }],
    };

    private static MunicipalProgram Program(params Indicator[] indicators) => new()
    {
        Indicators = [.. indicators],
        Activities = [new Activity { Id = 1, Code = "1.1", Name = "Мероприятие" }],
        FundingLines =
        [
            new FundingLine { Id = 7, ActivityId = 1, Year = 2025, Source = FundingSource.Local, Planned = 100m, Actual = null },
            new FundingLine { Id = 8, ActivityId = 1, Year = 2025, Source = FundingSource.Regional, Planned = 0m, Actual = null },
        ],
    };

    [Fact]
    public void Counts_actuals_reasons_for_missed_plans_and_planned_funding_lines()
    {
        var program = Program(
            Indicator(1, plan: 10, actual: 12),              // met: 1 required, filled
            Indicator(2, plan: 10, actual: 8),               // missed without a reason: 2 required, 1 filled
            Indicator(3, plan: 10, actual: null),            // no actual: 1 required
            Indicator(4, plan: 10, actual: null, notMeasured: true), // not measured: not required
            Indicator(5, plan: null, actual: null));         // no plan this year: not required

        var c = ReportCompleteness.Of(program, Year);

        // 1 + 2 + 1 for the indicators, 1 for the funding line with a plan (the zero plan is not required).
        (c.Filled, c.Required).Should().Be((2, 5));
        c.Missing.Select(m => m.Anchor).Should().Equal("ind-102-reason", "ind-103", "fund-7");
        c.Missing[0].Text.Should().Contain("обоснование отклонения");
        c.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void A_reason_completes_a_missed_plan_and_a_zero_actual_is_a_value()
    {
        var program = Program(Indicator(1, plan: 5, actual: 7, reason: "Рост обращений", direction: Direction.Decrease));
        program.FundingLines[0].Actual = 0m;

        var c = ReportCompleteness.Of(program, Year);

        c.IsComplete.Should().BeTrue();
        (c.Filled, c.Required, c.Percent).Should().Be((3, 3, 100));
    }
}
