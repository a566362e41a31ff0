using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Dashboard;

/// <summary>The dashboard's counts and rows equal what is in the database: the demo data and programs made by the test.</summary>
public sealed class DashboardCountsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The period's programs by where their report stands, counted by SQL written here (not the code under test).</summary>
    private async Task<Dictionary<string, int>> CountBySqlAsync(int year)
    {
        await using var db = portal.CreateDbContext();
        var rows = await db.Database.SqlQueryRaw<StatusCount>(
            """
            SELECT coalesce(r.status, 'NotStarted') AS "Status", count(*)::int AS "Count"
            FROM programs p
            LEFT JOIN progress_reports r ON r.program_id = p.id AND r.year = {0} AND r.period = 'Year'
            WHERE p.start_year <= {0} AND (p.end_year IS NULL OR p.end_year >= {0})
              AND (r.id IS NOT NULL
                   OR EXISTS (SELECT 1 FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
                              WHERE i.program_id = p.id AND v.year = {0} AND v.period = 'Year')
                   OR EXISTS (SELECT 1 FROM funding_lines f WHERE f.program_id = p.id AND f.year = {0} AND f.period = 'Year'))
            GROUP BY 1
            """, year).ToListAsync();
        return rows.ToDictionary(r => r.Status, r => r.Count);
    }

    private sealed record StatusCount(string Status, int Count);

    [Theory]
    [InlineData(2021)]
    [InlineData(2024)]
    [InlineData(2025)]
    public async Task The_counts_of_the_demo_data_equal_a_direct_count_in_the_database(int year)
    {
        var expected = await CountBySqlAsync(year);
        var client = await portal.SignInAsync("finance");

        var html = await client.GetStringAsync($"/Dashboard?year={year}&period=Year");

        var counts = DashboardPages.Counts(html);
        foreach (var status in new[] { "NotStarted", "Draft", "Submitted", "Returned", "Accepted" })
            counts[status].Should().Be(expected.GetValueOrDefault(status), $"{status} in {year}");
        DashboardPages.RowIds(html).Should().HaveCount(expected.Values.Sum(), "every program of the campaign has a row when nothing is filtered");
    }

    [Fact]
    public async Task Generated_programs_are_counted_filtered_and_searched_as_the_test_set_them()
    {
        // Today is 02.03.2026; the 2025 annual report is due 15.03.2026, so only a report with an earlier extension is overdue.
        var (dept, ids) = await DashboardPages.GenerateAsync(portal, "GEN",
            (null, 100m, null), (null, 10m, null), (ReportStatus.Draft, 100m, null), (ReportStatus.Draft, 10m, new DateOnly(2026, 2, 1)),
            (ReportStatus.Submitted, 100m, null), (ReportStatus.Returned, 10m, null), (ReportStatus.Accepted, 100m, null));
        var client = await portal.SignInAsync("finance");
        var url = $"/Dashboard?year=2025&period=Year&dept={dept}";

        var html = await client.GetStringAsync(url);

        DashboardPages.Counts(html).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["NotStarted"] = 2, ["Draft"] = 2, ["Submitted"] = 1, ["Returned"] = 1, ["Accepted"] = 1, ["Overdue"] = 1,
        });
        DashboardPages.RowIds(html).Should().BeEquivalentTo(ids);
        DashboardPages.RowIds(await client.GetStringAsync(url + "&status=Draft")).Should().BeEquivalentTo([ids[2], ids[3]]);
        DashboardPages.RowIds(await client.GetStringAsync(url + "&overdue=true")).Should().Equal(ids[3]);
        // One indicator at 10 of 100: S = 0,1, Ip = 0,1, no funding so Iэ = Ip = 0,1 — below every band: low.
        DashboardPages.RowIds(await client.GetStringAsync(url + "&grade=Low")).Should().BeEquivalentTo([ids[1], ids[3], ids[5]]);
        DashboardPages.RowIds(await client.GetStringAsync(url + "&q=GEN-07")).Should().Equal(ids[6]);
        DashboardPages.RowIds(await client.GetStringAsync(url + "&sort=code&dir=desc")).Should().Equal(Enumerable.Reverse(ids));
    }

    [Fact]
    public async Task The_dashboard_takes_as_many_queries_for_many_programs_as_for_few()
    {
        const string Url = "/Dashboard?year=2025&period=Year";
        // Cold: a new instance loads every program; warm: a second load reads only their stamps (ProgramCache).
        var before = await portal.VariantAsync(_ => { });
        var client = await before.SignInAsync("finance");
        var (coldBefore, warmBefore) = (await client.SqlQueriesAsync(Url), await client.SqlQueriesAsync(Url));
        await DashboardPages.GenerateAsync(portal, "QRY", Enumerable.Range(0, 30).Select(n => ((ReportStatus?)(n % 2 == 0 ? ReportStatus.Draft : null), 50m + n, (DateOnly?)null)).ToArray());

        var after = await portal.VariantAsync(_ => { });
        client = await after.SignInAsync("finance");
        var (coldAfter, warmAfter) = (await client.SqlQueriesAsync(Url), await client.SqlQueriesAsync(Url));

        coldAfter.Should().Be(coldBefore).And.BeInRange(1, 20);
        warmAfter.Should().Be(warmBefore).And.Be(3, "the sum of the stamps, the conclusions (not kept) and the bell (kept 0 s in tests)");
    }

    [Fact]
    public async Task An_executor_cannot_open_the_dashboard()
    {
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);

        var response = await client.GetAsync("/Dashboard");

        ((int)response.StatusCode).Should().BeOneOf(302, 403);
        (response.Headers.Location?.ToString() ?? "").Should().NotContain("/Dashboard?", "the executor is turned away, not served");
    }
}
