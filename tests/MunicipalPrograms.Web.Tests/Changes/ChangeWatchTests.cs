using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Changes;
using MunicipalPrograms.Web.Tests.Dashboard;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Changes;

/// <summary>
/// The instance that listens for PostgreSQL's notifications of changes (ADR 0034), as in production: a warm page reads
/// no SQL at all; its own writes count at once, another connection's as soon as PostgreSQL tells it; without its
/// listener's connection it reads the stamps on every page, as the other tests' instances always do.
/// </summary>
public sealed class ChangeWatchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_warm_list_and_a_warm_report_page_read_nothing_while_the_instance_listens()
    {
        var (listening, watch) = await ListeningAsync();
        var finance = await listening.SignInAsync("finance");
        var report = ReportPages.Edit(await ReportPages.KozhevnikovoIdAsync(portal), 2025); // the class adds programs to Алексин
        await finance.GetDecodedAsync("/Review");
        await finance.GetDecodedAsync(report);
        await SettledAsync(watch);

        var warm = (Review: await finance.SqlQueriesAsync("/Review"), Report: await finance.SqlQueriesAsync(report));

        warm.Review.Should().Be(0, "neither the stamps nor the bell's count can have changed");
        warm.Report.Should().Be(0);
    }

    [Fact]
    public async Task A_committed_write_counts_at_once_and_a_tagged_one_or_one_that_changed_nothing_does_not()
    {
        // A watch of this test's own: no notification reaches it, only the interceptor moves it (asp_net_roles has rows
        // and no trigger).
        using var watch = new ChangeWatch();
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(portal.ConnectionString).AddInterceptors(new LocalWrites(watch)).Options);
        var before = watch.Generation;

        await db.Roles.Where(r => r.Id == "none").ExecuteUpdateAsync(s => s.SetProperty(r => r.Name, r => r.Name));
        var afterNothing = watch.Generation;
        await db.Roles.TagWith(LocalWrites.Unwatched).ExecuteUpdateAsync(s => s.SetProperty(r => r.Name, r => r.Name));
        var afterTagged = watch.Generation;
        var rows = await db.Roles.ExecuteUpdateAsync(s => s.SetProperty(r => r.Name, r => r.Name));
        var afterWrite = watch.Generation;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Roles.Where(r => r.Id == "none").ExecuteUpdateAsync(s => s.SetProperty(r => r.Name, r => r.Name));
            await transaction.CommitAsync();
        }
        var afterCommit = watch.Generation;

        afterNothing.Should().Be(before, "no row changed");
        afterTagged.Should().Be(before, "tagged as touching no watched table");
        rows.Should().BePositive();
        afterWrite.Should().Be(before + 1);
        afterCommit.Should().Be(before + 2, "a commit counts (its statements may have changed rows through triggers)");
    }

    [Fact]
    public async Task A_report_submitted_by_another_connection_reaches_the_listening_instance_and_its_inbox()
    {
        var (listening, watch) = await ListeningAsync();
        var (_, ids) = await DashboardPages.GenerateAsync(portal, "SWN", (ReportStatus.Draft, 100m, null));
        var finance = await listening.SignInAsync("finance");
        var before = await finance.GetDecodedAsync("/Review");
        await SettledAsync(watch);
        var warm = await finance.SqlQueriesAsync("/Review");
        var generation = watch.Generation;

        await ExecuteAsync($"UPDATE progress_reports SET status = 'Submitted', submitted_at = '2026-03-01T09:00:00Z' WHERE program_id = {ids[0]}");
        var told = await UntilAsync(() => watch.Generation > generation);
        var after = await finance.GetDecodedAsync("/Review");

        before.Should().NotContain("data-program=\"SWN-01\"", "the report is a draft");
        warm.Should().Be(0, "the list, the stamps and the bell are this instance's");
        told.Should().BeTrue("PostgreSQL notifies every listener of the raised stamp at the commit");
        after.Should().Contain("data-program=\"SWN-01\"");
    }

    [Fact]
    public async Task A_save_through_one_listening_instance_shows_on_the_other_once_it_is_told()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var (a, _) = await ListeningAsync();
        var (b, watchB) = await ListeningAsync();
        var (executorA, executorB) = (await a.SignInAsync("kozh.admin"), await b.SignInAsync("kozh.admin"));
        await ReportPages.OpenAsync(executorB, id, 2025); // B holds the program now
        var (_, form) = await ReportPages.OpenAsync(executorA, id, 2025);
        var generation = watchB.Generation;

        form.Set("Indicators[0].Actual", "41,75");
        (await ReportPages.SaveAsync(executorA, id, 2025, form)).StatusCode.Should().Be(HttpStatusCode.OK);
        var told = await UntilAsync(() => watchB.Generation > generation);

        told.Should().BeTrue();
        HtmlForm.Parse((await ReportPages.OpenAsync(executorA, id, 2025)).Html, "report-form")["Indicators[0].Actual"].Should().Be("41,75");
        HtmlForm.Parse((await ReportPages.OpenAsync(executorB, id, 2025)).Html, "report-form")["Indicators[0].Actual"].Should().Be("41,75");
    }

    [Fact]
    public async Task Without_its_listener_connection_the_instance_reads_the_stamps_on_every_page_until_it_listens_again()
    {
        // It connects again 5 s after the loss: time enough for the three requests made meanwhile.
        var (listening, watch) = await ListeningAsync(b => b.UseSetting(ChangeListener.RetrySecondsSetting, "5"));
        var (_, ids) = await DashboardPages.GenerateAsync(portal, "SWL", (ReportStatus.Draft, 100m, null));
        var finance = await listening.SignInAsync("finance");
        await finance.GetDecodedAsync("/Review");

        // Every listener of this database: the test's other instances have stopped or listen elsewhere.
        await ExecuteAsync($"""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = '{portal.DatabaseName}' AND application_name = '{ChangeListener.ApplicationName}'
            """);
        var lost = await UntilAsync(() => !watch.Listening);
        var whileLost = await finance.SqlQueriesAsync("/Review");
        await ExecuteAsync($"UPDATE progress_reports SET status = 'Submitted', submitted_at = '2026-03-01T09:00:00Z' WHERE program_id = {ids[0]}");
        var seenWhileLost = await finance.GetDecodedAsync("/Review");
        var back = await UntilAsync(() => watch.Listening);
        await finance.GetDecodedAsync("/Review");
        await SettledAsync(watch);
        var warmAgain = await finance.SqlQueriesAsync("/Review");

        lost.Should().BeTrue("the listener notices its connection ended");
        whileLost.Should().Be(2, "the sum of the stamps, and the bell (kept 0 s in tests when not listening)");
        seenWhileLost.Should().Contain("data-program=\"SWL-01\"", "read from the database at once, with no notification");
        back.Should().BeTrue("the listener connects again within seconds");
        warmAgain.Should().Be(0);
    }

    [Fact]
    public async Task A_notification_written_by_another_connection_reaches_the_bell_and_the_list_once_the_instance_is_told()
    {
        var (listening, watch) = await ListeningAsync();
        var executor = await listening.SignInAsync("kozh.culture");
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var before = (Bell: await BellAsync(executor), Items: Items(await executor.GetDecodedAsync("/Notifications")));
        await SettledAsync(watch);
        var warm = await executor.SqlQueriesAsync("/Notifications");
        var generation = watch.Generation;

        await ExecuteAsync($"""
            INSERT INTO notifications (user_id, kind, program_id, link, created_at)
            SELECT id, 'DeadlineReminder', {id}, '/Reports', '2025-03-10T09:00:00Z' FROM asp_net_users WHERE user_name = 'kozh.culture'
            """);
        var told = await UntilAsync(() => watch.Generation > generation);

        warm.Should().Be(0, "the list, the e-mail setting and the bell's count are kept while nothing changes");
        told.Should().BeTrue();
        (await BellAsync(executor)).Should().Be(before.Bell + 1);
        Items(await executor.GetDecodedAsync("/Notifications")).Should().Be(before.Items + 1);
    }

    [Fact]
    public async Task A_warm_dashboard_is_rendered_from_memory_and_a_report_submitted_elsewhere_shows_once_the_instance_is_told()
    {
        var (listening, watch) = await ListeningAsync();
        var (_, ids) = await DashboardPages.GenerateAsync(portal, "SWD", (ReportStatus.Draft, 100m, null));
        var finance = await listening.SignInAsync("finance");
        const string dashboard = "/Dashboard?year=2025&period=Year";
        var before = StatusOf(await finance.GetDecodedAsync(dashboard), ids[0]);
        await SettledAsync(watch);
        var warm = await finance.SqlQueriesAsync(dashboard);
        var generation = watch.Generation;

        await ExecuteAsync($"UPDATE progress_reports SET status = 'Submitted', submitted_at = '2026-03-01T09:00:00Z' WHERE program_id = {ids[0]}");
        var told = await UntilAsync(() => watch.Generation > generation);
        var after = StatusOf(await finance.GetDecodedAsync(dashboard), ids[0]);

        before.Should().Be("Draft");
        warm.Should().Be(0);
        told.Should().BeTrue();
        after.Should().Be("Submitted", "the page rendered under the old generation is not reused");
    }

    private static string StatusOf(string dashboard, int programId) =>
        Regex.Match(dashboard, $"<tr data-program=\"{programId}\">.*?data-status=\"(\\w+)\"", RegexOptions.Singleline).Groups[1].Value;

    [Theory]
    [InlineData("UPDATE programs SET name = name WHERE id = (SELECT min(id) FROM programs)")] // raises a stamp
    [InlineData("UPDATE notifications SET note = note WHERE false")]
    [InlineData("UPDATE asp_net_users SET email_mode = email_mode WHERE false")]
    [InlineData("UPDATE program_conclusions SET text = text WHERE false")]
    public async Task Every_watched_table_tells_a_listening_instance_of_a_change_by_another_connection(string sql)
    {
        var (_, watch) = await ListeningAsync();
        var generation = watch.Generation;

        await ExecuteAsync(sql);

        (await UntilAsync(() => watch.Generation > generation)).Should().BeTrue();
    }

    private static Task<int> BellAsync(HttpClient client) => Notifications.UnreadCountTests.BellAsync(client);

    private static int Items(string notificationsPage) => Regex.Matches(notificationsPage, "<li class=\"card mb-2").Count;

    /// <summary>An instance of the same portal and database that listens, once its listener is connected.</summary>
    private async Task<(WebApplicationFactory<Program> Portal, ChangeWatch Watch)> ListeningAsync(Action<IWebHostBuilder>? configure = null)
    {
        var instance = await portal.VariantAsync(b =>
        {
            b.UseSetting(ChangeWatch.ListenSetting, "true");
            configure?.Invoke(b);
        });
        var watch = instance.Services.GetRequiredService<ChangeWatch>();
        (await UntilAsync(() => watch.Listening)).Should().BeTrue("the listener connects at start");
        return (instance, watch);
    }

    /// <summary>
    /// Waits until no notification has come for 300 ms: the sign-in's own writes (the user's row) are notified too, and
    /// one arriving between a page and its warm repeat would make the repeat read again.
    /// </summary>
    private static async Task SettledAsync(ChangeWatch watch)
    {
        for (var i = 0; i < 20; i++)
        {
            var generation = watch.Generation;
            await Task.Delay(300);
            if (watch.Generation == generation) return;
        }
    }

    /// <summary>Polls for up to 20 s (no clock: counted waits).</summary>
    private static async Task<bool> UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++) await Task.Delay(50);
        return condition();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
