using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Email;
using MunicipalPrograms.Web.Notifications;
using MunicipalPrograms.Web.Tests.Browser;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Email;

/// <summary>
/// Issue 19: two portal processes on one database, each with its background sender running on the real (shifted) clock,
/// while the SMTP server is away and after it returns: every letter arrives exactly once.
/// </summary>
public sealed class EmailTwoProcessesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Host = "portal.example.ru";

    [Fact]
    public async Task Two_portal_processes_deliver_every_letter_once_after_an_SMTP_outage()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        await smtp.StopAsync();
        var settings = new Dictionary<string, string>
        {
            ["Email__Enabled"] = "true", ["Email__Smtp__Host"] = "127.0.0.1", ["Email__Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email__Smtp__Security"] = "None", ["Email__RetryDelays"] = "1s", ["Email__PollSeconds"] = "1", ["Email__BatchSize"] = "3",
            ["Email__MaxAttempts"] = "1000", ["Portal__PublicBaseUrl"] = $"https://{Host}/",
        };
        await using var here = await portal.VariantAsync(b => { foreach (var (key, value) in settings) b.UseSetting(key.Replace("__", ":"), value); });
        await using var other = await PortalProcess.AttachAsync(portal.DatabaseName, portal.Today, settings);

        // Events while the server is away: letters as the Notifier writes them.
        List<long> ids;
        await using (var db = portal.CreateDbContext())
        {
            var now = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero); // long past: due at once on either clock
            var letters = Enumerable.Range(1, 30).Select(i => NotificationEmail.For(
                new Notification { Kind = NotificationKind.ReportAccepted, ProgramCode = $"PROC-{i}", ProgramName = "Тестовая программа", Link = "/Programs", UserId = "" },
                $"user{i}@demo.local", $"https://{Host}", now)).ToList();
            foreach (var l in letters) l.ToUserId = null;
            db.OutboxEmails.AddRange(letters);
            await db.SaveChangesAsync();
            ids = letters.Select(l => l.Id).ToList();
        }

        await using var check = portal.CreateDbContext();
        await WaitAsync(async () => await check.OutboxEmails.CountAsync(e => ids.Contains(e.Id) && e.Attempts >= 1) >= 12, "failed attempts during the outage");
        (await check.OutboxEmails.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync())
            .Should().OnlyContain(e => e.State == OutboxState.Waiting && e.SentAt == null, "nothing is lost or given up while the server is away");

        await smtp.StartAsync();
        await WaitAsync(async () => await check.OutboxEmails.CountAsync(e => ids.Contains(e.Id) && e.State == OutboxState.Sent) == ids.Count, "all sent");
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more rounds of both senders: nothing more may arrive

        var counts = smtp.CountsByMessageId();
        ids.Should().OnlyContain(id => counts.GetValueOrDefault(SmtpLetter.MessageId(id, Host)) == 1);
        (await check.OutboxEmails.AsNoTracking().CountAsync(e => ids.Contains(e.Id) && e.LastError!.Contains("Нет соединения с SMTP-сервером")))
            .Should().BeGreaterThanOrEqualTo(12, "those letters failed first and were sent after the outage");
        smtp.Received.Should().OnlyContain(m => m.Headers["X-Portal-Instance"] != null);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 240; i++)
        {
            if (await condition()) return;
            await Task.Delay(250);
        }
        throw new TimeoutException("Waited 60 s for: " + what);
    }
}
