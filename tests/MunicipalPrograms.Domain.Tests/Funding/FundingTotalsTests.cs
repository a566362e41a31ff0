using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;

namespace MunicipalPrograms.Domain.Tests.Funding;

public sealed class FundingTotalsTests
{
    [Fact]
    public void SumsPlannedAndActualBySourceExactly()
    {
        var lines = new[]
        {
            new FundingLine { Source = FundingSource.Regional, Planned = 1_106_000.00m, Actual = 1_106_000.00m },
            new FundingLine { Source = FundingSource.Local, Planned = 474_000.00m, Actual = 474_000.00m },
            new FundingLine { Source = FundingSource.Local, Planned = 2_003_017.50m, Actual = 2_002_759.00m },
        };

        var totals = FundingTotals.Of(lines);

        totals.Planned.Should().Be(3_583_017.50m);
        totals.Actual.Should().Be(3_582_759.00m);
        totals.PlannedBySource[FundingSource.Local].Should().Be(2_477_017.50m);
        totals.PlannedBySource[FundingSource.Federal].Should().Be(0m);
    }

    [Fact]
    public void MissingActualCountsAsNothingSpent()
    {
        var totals = FundingTotals.Of([new FundingLine { Source = FundingSource.Local, Planned = 100m, Actual = null }]);

        totals.Planned.Should().Be(100m);
        totals.Actual.Should().Be(0m);
    }

    [Fact]
    public void NoLinesMeanZeroEverywhere()
    {
        var totals = FundingTotals.Of([]);

        totals.Planned.Should().Be(0m);
        totals.PlannedBySource.Keys.Should().BeEquivalentTo(Enum.GetValues<FundingSource>());
    }
}
