using System.Net;
using Npgsql;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;
using static MunicipalPrograms.Web.Tests.Versions.VersionSteps;

namespace MunicipalPrograms.Web.Tests.ProgramCache;

/// <summary>
/// The report page from a cached copy of the program (ADR 0032): a warm page reads only the stamp, and whatever changed
/// the program — a save through this instance or another one, an amendment, an edit in psql — shows on the next load.
/// </summary>
public sealed class ProgramCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_warm_report_page_reads_the_stamp_and_the_bell_only_whatever_the_size_of_the_program()
    {
        var finance = await portal.SignInAsync("finance");
        var aleksin = ReportPages.Edit(await ReportPages.AleksinIdAsync(portal), 2024); // 37 indicators
        var kozhevnikovo = ReportPages.Edit(await ReportPages.KozhevnikovoIdAsync(portal), 2025); // 6 indicators

        var cold = await finance.SqlQueriesAsync(aleksin);
        var warmAleksin = await finance.SqlQueriesAsync(aleksin);
        await finance.SqlQueriesAsync(kozhevnikovo); // loads it
        var warm = (Aleksin: warmAleksin, Kozhevnikovo: await finance.SqlQueriesAsync(kozhevnikovo));

        warm.Aleksin.Should().Be(2, "one query for the stamp (with the right to see the program), one for the bell");
        warm.Kozhevnikovo.Should().Be(warm.Aleksin);
        cold.Should().BeGreaterThan(warm.Aleksin);
    }

    [Fact]
    public async Task A_save_through_one_instance_shows_on_the_next_load_through_it_and_through_another()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var other = await portal.VariantAsync(_ => { });
        var (executorA, executorB) = (await portal.SignInAsync("kozh.admin"), await other.SignInAsync("kozh.admin"));
        await ReportPages.OpenAsync(executorB, id, 2025); // both instances hold the program now
        var (_, form) = await ReportPages.OpenAsync(executorA, id, 2025);

        form.Set("Indicators[0].Actual", "48,25");
        (await ReportPages.SaveAsync(executorA, id, 2025, form)).StatusCode.Should().Be(HttpStatusCode.OK);

        HtmlForm.Parse((await ReportPages.OpenAsync(executorA, id, 2025)).Html, "report-form")["Indicators[0].Actual"].Should().Be("48,25");
        HtmlForm.Parse((await ReportPages.OpenAsync(executorB, id, 2025)).Html, "report-form")["Indicators[0].Actual"].Should().Be("48,25");
    }

    [Fact]
    public async Task A_program_another_user_loaded_stays_a_404_for_an_executor_who_may_not_see_it()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var finance = await portal.SignInAsync("finance");
        var stranger = await portal.SignInAsync("aleksin.uorio", followRedirects: false);
        (await finance.GetAsync(ReportPages.Edit(id, 2025))).StatusCode.Should().Be(HttpStatusCode.OK); // now held by this instance

        (await stranger.GetAsync(ReportPages.Edit(id, 2025))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetAsync(ReportPages.Edit(id, 2025))).StatusCode.Should().Be(HttpStatusCode.NotFound, "a refusal is not remembered as a right");
    }

    [Fact]
    public async Task A_value_changed_in_the_database_by_hand_shows_on_the_next_load()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var executor = await portal.SignInAsync("kozh.admin");
        await ReportPages.OpenAsync(executor, id, 2025);

        await using (var connection = new NpgsqlConnection(portal.ConnectionString))
        {
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand("""
                UPDATE indicator_values SET actual = 33.5 WHERE year = 2025 AND period = 'Year'
                  AND indicator_id = (SELECT id FROM indicators WHERE program_id = @p ORDER BY sort_order LIMIT 1)
                """, connection);
            update.Parameters.AddWithValue("p", id);
            (await update.ExecuteNonQueryAsync()).Should().Be(1);
        }

        HtmlForm.Parse((await ReportPages.OpenAsync(executor, id, 2025)).Html, "report-form")["Indicators[0].Actual"].Should().Be("33,5");
    }

    [Fact]
    public async Task An_amendment_shows_its_plan_on_the_next_load_of_the_open_report()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var code = await FirstIndicatorCodeAsync(id);
        (await executor.GetDecodedAsync(ReportPages.Edit(id, 2025))).Should().NotContain("777,5");

        await DoneAsync(executor, id, "Draft/Open");
        await EditDraftAsync(portal, id, await ExecutorAsync(portal, id, "kozh.admin"), plan => SetPlanned(plan, code, 2025, 777.5m));
        await DoneAsync(executor, id, "Draft/Send");
        await DoneAsync(finance, id, "Draft/Agree");
        await DoneAsync(finance, id, "Draft/Approve", Act("20.12.2025", "990"));

        (await executor.GetDecodedAsync(ReportPages.Edit(id, 2025))).Should().Contain("777,5");
    }

    private async Task<string> FirstIndicatorCodeAsync(int id)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT code FROM indicators WHERE program_id = @p ORDER BY sort_order LIMIT 1", connection);
        select.Parameters.AddWithValue("p", id);
        return (string)(await select.ExecuteScalarAsync())!;
    }

}
