using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using MunicipalPrograms.Web.Notifications;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Notifications;

/// <summary>
/// The bell's count is kept a few seconds per instance (Notifications/UnreadCounts), here an hour so that only the
/// forgetting is seen: a notification made through this instance and a «mark all read» show at once; a row written by
/// someone else (another instance, psql) waits for the seconds to pass.
/// </summary>
public sealed partial class UnreadCountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_bell_shows_this_instances_notifications_and_readings_at_once_and_anothers_after_its_seconds()
    {
        var host = await portal.VariantAsync(b => b.UseSetting(UnreadCounts.CacheSecondsSetting, "3600"));
        var executor = await host.SignInAsync("kozh.culture", followRedirects: false);
        var finance = await host.SignInAsync("finance", followRedirects: false);
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var before = await BellAsync(executor);

        await InsertNotificationAsync("kozh.culture", id);
        var afterForeign = await BellAsync(executor);
        await using (var db = portal.CreateDbContext()) // only a started report's deadline is extended (NotificationTests)
        {
            db.Reports.Add(new MunicipalPrograms.Domain.Reports.ProgressReport { ProgramId = id, Year = 2023 });
            await db.SaveChangesAsync();
        }
        var page = await finance.GetStringAsync(ReportPages.Edit(id, 2023));
        (await finance.PostFormAsync($"/Review/Extend/{id}?year=2023&period=Year", page, new() { ["deadline"] = "01.04.2026" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var afterExtension = await BellAsync(executor);
        var inbox = await executor.GetStringAsync("/Notifications");
        (await executor.PostFormAsync("/Notifications/ReadAll", inbox, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);

        afterForeign.Should().Be(before, "a row this instance did not write shows after the bell's seconds");
        afterExtension.Should().Be(before + 2, "this instance's notification makes the bell count again, the other row too");
        (await BellAsync(executor)).Should().Be(0);
    }

    /// <summary>The bell's unread count on «Мои отчеты» (0 when it shows none).</summary>
    internal static async Task<int> BellAsync(HttpClient client)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Reports"));
        return Unread().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private async Task InsertNotificationAsync(string userName, int programId)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO notifications (user_id, kind, program_id, link, created_at)
            SELECT id, 'DeadlineReminder', @p, '/Reports', now() FROM asp_net_users WHERE user_name = @u
            """, connection);
        insert.Parameters.AddWithValue("p", programId);
        insert.Parameters.AddWithValue("u", userName);
        (await insert.ExecuteNonQueryAsync()).Should().Be(1);
    }

    [GeneratedRegex(": непрочитанных (\\d+)</span>")]
    private static partial Regex Unread();
}
