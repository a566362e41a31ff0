using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Dashboard;

/// <summary>
/// The table shows 100 programs a page (issue 12: a 15 000-program campaign is evaluated and printed a page at a time);
/// the counts stay over every program of the filters, and every program is on exactly one page.
/// </summary>
public sealed class DashboardPagingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_hundred_and_five_programs_make_two_pages_with_the_counts_over_all_of_them()
    {
        var states = Enumerable.Range(0, 105).Select(i => (i % 2 == 0 ? ReportStatus.Submitted : (ReportStatus?)null, 100m, (DateOnly?)null)).ToArray();
        var (dept, ids) = await DashboardPages.GenerateAsync(portal, "PAGE", states);
        var client = await portal.SignInAsync("finance");
        var url = $"/Dashboard?year=2025&period=Year&dept={dept}&sort=code";

        var first = await client.GetStringAsync(url);
        var second = await client.GetStringAsync(url + "&page=2");
        var byIndex = await client.GetStringAsync($"/Dashboard?year=2025&period=Year&dept={dept}&sort=ie&page=2");

        DashboardPages.RowIds(first).Should().HaveCount(100);
        DashboardPages.RowIds(second).Should().HaveCount(5);
        DashboardPages.RowIds(first).Concat(DashboardPages.RowIds(second)).Should().BeEquivalentTo(ids, "each program on exactly one page");
        DashboardPages.RowIds(byIndex).Should().HaveCount(5, "sorting by an index evaluates them all and pages the same way");
        foreach (var html in new[] { first, second, byIndex })
        {
            DashboardPages.Counts(html)["Submitted"].Should().Be(53, "53 of the 105 have a submitted report");
            DashboardPages.Counts(html)["NotStarted"].Should().Be(52);
        }
        first.Should().Contain("page=2").And.Contain("страница 1 из 2");
    }
}
