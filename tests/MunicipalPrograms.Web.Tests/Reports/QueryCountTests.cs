using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>The report page costs a fixed number of SQL queries, whatever the number of indicators.</summary>
public sealed class QueryCountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{

    [Fact]
    public async Task The_report_page_of_37_indicators_takes_as_many_queries_as_that_of_10()
    {
        int kedrovyId;
        await using (var db = portal.CreateDbContext())
            kedrovyId = db.Programs.Where(p => p.Municipality!.Code == "kedrovy").Select(p => p.Id).Single();
        var client = await portal.SignInAsync("finance");
        // The first load of each (a warm page reads only the stamp: ProgramCache/ProgramCacheTests).
        var aleksin = await client.SqlQueriesAsync(ReportPages.Edit(await ReportPages.AleksinIdAsync(portal), 2024)); // 37 indicators
        var kedrovy = await client.SqlQueriesAsync(ReportPages.Edit(kedrovyId, 2021)); // 10 indicators

        aleksin.Should().Be(kedrovy).And.BeInRange(1, 15);
    }
}
