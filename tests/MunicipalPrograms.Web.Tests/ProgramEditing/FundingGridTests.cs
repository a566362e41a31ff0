using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.ProgramEditing.Grids;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// The funding grid's tree and totals on a small plan with a main activity (no demo program has one): main activity 1
/// with activities 1.1 and 1.2, then activity 2 on its own.
/// </summary>
public sealed class FundingGridTests
{
    private static ProgramPlan Plan() => new()
    {
        Activities =
        [
            new() { Key = 1, Code = "1", Kind = ActivityKind.MainActivity, Name = "Основное мероприятие" },
            new() { Key = 3, Code = "2", Name = "Мероприятие 2" },
            new() { Key = 2, Code = "1.1", ParentKey = 1, Name = "Мероприятие 1.1" },
            new() { Key = 4, Code = "1.2", ParentKey = 1, Name = "Мероприятие 1.2" },
        ],
        Funding =
        [
            new() { ActivityKey = 2, Year = 2025, Source = FundingSource.Local, Planned = 100.5m },
            new() { ActivityKey = 2, Year = 2025, Source = FundingSource.Regional, Planned = 200m },
            new() { ActivityKey = 4, Year = 2026, Source = FundingSource.Local, Planned = 50m },
            new() { ActivityKey = 3, Year = 2025, Source = FundingSource.Local, Planned = 7m },
        ],
    };

    [Fact]
    public void Rows_follow_the_tree_and_totals_add_up_by_main_activity_source_and_year()
    {
        var plan = Plan();
        var grid = FundingGrid.Build(plan, [2025, 2026], new BudgetNames(), FundingGridForm.From(plan, 1, allSources: false));

        grid.Rows.Select(r => r.Activity.Code).Should().Equal("1", "1.1", "1.2", "2");
        grid.Rows[0].HasChildren.Should().BeTrue();
        grid.Sources.Should().Equal(FundingSource.Regional, FundingSource.Local);
        // Main activity 1 = 1.1 + 1.2: 100,5 + 200 (2025) + 50 (2026) = 350,5; its local budget 100,5 + 50 = 150,5.
        grid.Sum(grid.Rows[0].Covered, null, null).Should().Be(350.5m);
        grid.Sum(grid.Rows[0].Covered, FundingSource.Local, null).Should().Be(150.5m);
        // The program in 2025: 100,5 + 200 + 7 = 307,5.
        grid.Sum(null, null, 2025).Should().Be(307.5m);
    }

    [Fact]
    public void A_main_activity_with_children_takes_no_typed_money()
    {
        var plan = Plan();
        var form = new FundingGridForm { Cells = { ["1_Local_2025"] = "10" } };

        var errors = FundingGridReader.Apply(plan, form, [2025, 2026]);

        errors.Should().ContainSingle().Which.Key.Should().Be("Cells[1_Local_2025]");
        plan.Funding.Should().HaveCount(4);
    }
}
