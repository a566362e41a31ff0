using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Dashboard;

/// <summary>
/// The campaign's lines and the municipalities list are kept under the sum of all programs' stamps (ADR 0032): a write
/// by any instance — here SQL written by the test, as another portal would commit it — shows on the next page load.
/// </summary>
public sealed class DashboardCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_report_changed_by_another_instance_moves_between_the_counts_on_the_next_load()
    {
        var (dept, ids) = await DashboardPages.GenerateAsync(portal, "CACHE", (ReportStatus.Draft, 100m, null), (null, 100m, null));
        var client = await portal.SignInAsync("finance");
        var url = $"/Dashboard?year=2025&period=Year&dept={dept}";
        var before = DashboardPages.Counts(await client.GetStringAsync(url));
        DashboardPages.Counts(await client.GetStringAsync(url)).Should().BeEquivalentTo(before, "nothing changed in between");

        await using (var db = portal.CreateDbContext())
            await db.Database.ExecuteSqlAsync($"UPDATE progress_reports SET status = 'Submitted' WHERE program_id = {ids[0]} AND year = 2025");
        var after = DashboardPages.Counts(await client.GetStringAsync(url));
        var submitted = await client.GetStringAsync(url + "&status=Submitted");

        before["Draft"].Should().Be(1);
        before["Submitted"].Should().Be(0);
        after["Draft"].Should().Be(0, "the draft was submitted by the other instance");
        after["Submitted"].Should().Be(1);
        DashboardPages.RowIds(submitted).Should().Equal(ids[0]);
    }

    [Fact]
    public async Task A_fact_changed_by_another_instance_moves_the_program_between_the_grades_on_the_next_load()
    {
        // One indicator, plan 100, no funding: fact 100 gives Iэ = Ip = 1 (high level, 0,9 ≤ Iэ ≤ 1,1); fact 10 gives 0,1 (low).
        var (dept, ids) = await DashboardPages.GenerateAsync(portal, "GRADE", (ReportStatus.Submitted, 100m, null));
        var client = await portal.SignInAsync("finance");
        var url = $"/Dashboard?year=2025&period=Year&dept={dept}&grade=";
        var highBefore = DashboardPages.RowIds(await client.GetStringAsync(url + "High"));

        await using (var db = portal.CreateDbContext())
            await db.Database.ExecuteSqlAsync(
                $"UPDATE indicator_values SET actual = 10 WHERE indicator_id IN (SELECT id FROM indicators WHERE program_id = {ids[0]})");
        var highAfter = DashboardPages.RowIds(await client.GetStringAsync(url + "High"));
        var lowAfter = DashboardPages.RowIds(await client.GetStringAsync(url + "Low"));

        highBefore.Should().Equal(ids[0]);
        highAfter.Should().BeEmpty();
        lowAfter.Should().Equal(ids[0]);
    }

    [Fact]
    public async Task A_municipality_renamed_by_another_instance_is_offered_under_its_new_name()
    {
        var client = await portal.SignInAsync("finance");
        (await client.GetDecodedAsync("/Dashboard?year=2024&period=Year")).Should().Contain(">Муниципальное образование «Город Кедровый»</option>");

        await using (var db = portal.CreateDbContext())
            await db.Database.ExecuteSqlAsync($"UPDATE municipalities SET name = 'Городской округ Кедровый' WHERE code = 'kedrovy'");
        var html = await client.GetDecodedAsync("/Dashboard?year=2024&period=Year");

        html.Should().Contain(">Городской округ Кедровый</option>").And.NotContain(">Муниципальное образование «Город Кедровый»</option>");
    }
}
