using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.ProgramEditing.Grids;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>The indicators grid's reading of range and yes/no targets, links and the page's order.</summary>
public sealed class IndicatorGridReaderTests
{
    private static readonly int[] Years = [2025, 2026];

    private static ProgramPlan Plan() => new()
    {
        Goals = [new() { Key = 5, Code = "1", Name = "Цель", Objectives = [new() { Key = 6, Code = "1.1", Name = "Задача" }] }],
        Indicators =
        [
            new() { Key = 1, Code = "1", Name = "Диапазон", TargetKind = TargetKind.Range, CalculationMethod = "метод" },
            new() { Key = 2, Code = "2", Name = "Да или нет", TargetKind = TargetKind.YesNo },
        ],
    };

    private static IndicatorRowForm Row(int key, TargetKind kind) => new() { Token = "k" + key, Key = key, Code = key.ToString(), Name = "Показатель", TargetKind = kind };

    [Fact]
    public void Range_and_yes_no_values_are_read_and_the_rows_take_the_page_order()
    {
        var plan = Plan();
        var range = Row(1, TargetKind.Range);
        range.Plan[2025] = "10,5";
        range.Upper[2025] = "12";
        range.Link = "o:6";
        var yesNo = Row(2, TargetKind.YesNo);
        yesNo.Plan[2026] = "1";

        var errors = IndicatorGridReader.Apply(plan, new IndicatorGridForm { Rows = [yesNo, range] }, Years);

        errors.Should().BeEmpty();
        plan.Indicators.Select(i => i.Key).Should().Equal(2, 1);
        var stored = plan.Indicators[1];
        (stored.Plans.Single().Planned, stored.Plans.Single().PlannedUpper).Should().Be((10.5m, 12m));
        (stored.GoalKey, stored.ObjectiveKey).Should().Be((5, 6));
        stored.CalculationMethod.Should().Be("метод", "what the grid does not show is kept");
        plan.Indicators[0].PlanFor(new ReportingPeriod(2026, PeriodKind.Year))!.Planned.Should().Be(1m);
    }

    [Theory]
    [InlineData(TargetKind.YesNo, "2", null, "Rows[k1].Plan[2025]", "да (1) или нет (0)")]
    [InlineData(TargetKind.Range, "12", "10", "Rows[k1].Upper[2025]", "меньше нижней")]
    [InlineData(TargetKind.Range, "12", null, "Rows[k1].Upper[2025]", "обе границы")]
    public void A_wrong_target_is_refused_next_to_its_cell(TargetKind kind, string planned, string? upper, string field, string message)
    {
        var plan = Plan();
        var row = Row(1, kind);
        row.Plan[2025] = planned;
        row.Upper[2025] = upper;

        var errors = IndicatorGridReader.Apply(plan, new IndicatorGridForm { Rows = [row] }, Years);

        errors.Should().Contain(e => e.Key == field && e.Value.Contains(message));
        plan.Indicators.Should().HaveCount(2, "nothing is applied");
    }
}
