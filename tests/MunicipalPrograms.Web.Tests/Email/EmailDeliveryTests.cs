using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Email;
using MunicipalPrograms.Web.Notifications;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;
using SmtpServer.Protocol;

namespace MunicipalPrograms.Web.Tests.Email;

/// <summary>
/// Issue 19, e-mail: the outbox is sent through a real SMTP server (in this process), survives an outage, is sent once
/// by two portal hosts on one database, shows failures to the administrator, and makes the daily digests. Each test
/// counts only the letters it made (by their Message-Id): letters of earlier tests may still be in the outbox.
/// </summary>
public sealed class EmailDeliveryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Host = "portal.example.ru";

    private ManualClock NewClock() => new(new DateTimeOffset(portal.Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));

    private Task<WebApplicationFactory<Program>> HostAsync(TestSmtpServer smtp, ManualClock clock, string delays = "10s", int maxAttempts = 8, int batch = 20) =>
        portal.VariantAsync(b =>
        {
            b.UseSetting("Email:Enabled", "true");
            b.UseSetting("Email:Smtp:Host", "127.0.0.1");
            b.UseSetting("Email:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Email:Smtp:Security", "None");
            b.UseSetting("Email:Smtp:From", "portal@" + Host);
            b.UseSetting("Email:Smtp:TimeoutSeconds", "10");
            b.UseSetting("Email:RetryDelays", delays);
            b.UseSetting("Email:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Email:BatchSize", batch.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Email:DigestHour", "8");
            b.UseSetting("Portal:PublicBaseUrl", "https://" + Host + "/");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });

    private static Task<int> SendAsync(WebApplicationFactory<Program> host) => host.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

    /// <summary>Letters put into the outbox as the Notifier does (one per notification), returned with their ids.</summary>
    private async Task<List<long>> LettersAsync(int count, string marker, ManualClock clock)
    {
        await using var db = portal.CreateDbContext();
        var letters = Enumerable.Range(1, count).Select(i => NotificationEmail.For(
            new Notification { Kind = NotificationKind.ReportAccepted, ProgramCode = $"{marker}-{i}", ProgramName = "Тестовая программа", Link = "/Programs", UserId = "" },
            $"user{i}@demo.local", "https://" + Host, clock.GetUtcNow())).ToList();
        foreach (var l in letters) l.ToUserId = null;
        db.OutboxEmails.AddRange(letters);
        await db.SaveChangesAsync();
        return letters.Select(l => l.Id).ToList();
    }

    private static string Id(long id) => SmtpLetter.MessageId(id, Host);

    private async Task<List<OutboxEmail>> RowsAsync(IEnumerable<long> ids)
    {
        await using var db = portal.CreateDbContext();
        return await db.OutboxEmails.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task An_event_is_delivered_once_with_a_Russian_subject_text_HTML_and_the_absolute_link()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        var clock = NewClock();
        await using var host = await HostAsync(smtp, clock);
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        await using (var arrange = portal.CreateDbContext())
        {
            if (!await arrange.Reports.AnyAsync(r => r.ProgramId == id && r.Year == 2022))
            {
                arrange.Reports.Add(new Domain.Reports.ProgressReport { ProgramId = id, Year = 2022 });
                await arrange.SaveChangesAsync();
            }
        }
        var finance = await host.SignInAsync("finance", followRedirects: false);
        var page = await finance.GetStringAsync(ReportPages.Edit(id, 2022));
        (await finance.PostFormAsync($"/Review/Extend/{id}?year=2022&period=Year", page, new() { ["deadline"] = "06.04.2026", ["reason"] = "Письмо главы" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.CreateDbContext();
        var letter = await db.OutboxEmails.AsNoTracking().Where(e => e.ToAddress == "kozh.admin@demo.local" && e.TextBody.Contains("06.04.2026")).SingleAsync();

        (await SendAsync(host)).Should().BeGreaterThan(0);
        (await SendAsync(host)).Should().Be(0, "nothing is due any more");

        var received = smtp.Received.Where(m => m.MessageId == Id(letter.Id)).ToList();
        received.Should().ContainSingle();
        var message = received[0];
        message.Subject.Should().Be(letter.Subject).And.StartWith("Срок представления отчета продлен · ").And.EndWith(" · 2022 год");
        message.To.Mailboxes.Single().Address.Should().Be("kozh.admin@demo.local");
        message.From.Mailboxes.Single().Address.Should().Be("portal@" + Host);
        message.TextBody.Should().Contain("продлен (Смирнова Ольга Петровна). Новый срок и основание: 06.04.2026; Письмо главы")
            .And.Contain($"https://{Host}/Reports/Edit/{id}?year=2022&period=Year");
        message.HtmlBody.Should().Contain($"href=\"https://{Host}/Reports/Edit/{id}?year=2022&amp;period=Year\"").And.Contain("lang=\"ru\"");
        var row = (await RowsAsync([letter.Id])).Single();
        row.State.Should().Be(OutboxState.Sent);
        row.SentAt.Should().Be(clock.GetUtcNow());
        row.ClaimedBy.Should().BeNull();
    }

    [Fact]
    public async Task An_SMTP_outage_delays_the_letters_and_loses_none_and_each_arrives_once_after_it()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        var clock = NewClock();
        await using var host = await HostAsync(smtp, clock, delays: "10s 30s");
        await smtp.StopAsync();
        var ids = await LettersAsync(5, "OUTAGE", clock);

        await SendAsync(host);

        var failed = await RowsAsync(ids);
        failed.Should().OnlyContain(e => e.State == OutboxState.Waiting && e.Attempts == 1 && e.LastError!.Contains("Нет соединения с SMTP-сервером")
                                         && e.NextAttemptAt == clock.GetUtcNow().AddSeconds(10) && e.ClaimedBy == null);
        // More events during the outage, and a second failed round after the first back-off.
        ids.AddRange(await LettersAsync(3, "OUTAGE2", clock));
        clock.Advance(TimeSpan.FromSeconds(10));
        await SendAsync(host);
        (await RowsAsync(ids)).Should().OnlyContain(e => e.State == OutboxState.Waiting && e.SentAt == null);
        (await RowsAsync(ids)).Select(e => e.Attempts).Should().Equal(2, 2, 2, 2, 2, 1, 1, 1);

        await smtp.StartAsync();
        (await SendAsync(host)).Should().Be(0, "the back-off has not passed");
        clock.Advance(TimeSpan.FromSeconds(30));
        await SendAsync(host);
        await SendAsync(host);

        var counts = smtp.CountsByMessageId();
        ids.Should().OnlyContain(id => counts.GetValueOrDefault(Id(id)) == 1);
        (await RowsAsync(ids)).Should().OnlyContain(e => e.State == OutboxState.Sent);
    }

    [Fact]
    public async Task Two_portal_hosts_on_one_database_send_each_letter_once_also_after_an_outage_and_a_dead_sender()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        var clock = NewClock();
        await using var first = await HostAsync(smtp, clock, batch: 3);
        await using var second = await HostAsync(smtp, clock, batch: 3);
        first.Services.GetRequiredService<OutboxSender>().InstanceId.Should().NotBe(second.Services.GetRequiredService<OutboxSender>().InstanceId);
        await smtp.StopAsync();
        var ids = await LettersAsync(20, "TWO", clock);
        await Task.WhenAll(SendAsync(first), SendAsync(second));
        (await RowsAsync(ids)).Where(e => e.Attempts == 1).Should().NotBeEmpty("both hosts tried while the server was away");
        // A sender that died holding a claim: its letter waits until the claim expires.
        await using (var db = portal.CreateDbContext())
            await db.OutboxEmails.Where(e => e.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, "dead-host/1/0")
                .SetProperty(e => e.ClaimedUntil, clock.GetUtcNow().AddMinutes(5)).SetProperty(e => e.NextAttemptAt, clock.GetUtcNow()));
        await smtp.StartAsync();
        clock.Advance(TimeSpan.FromSeconds(10));

        async Task Drain(WebApplicationFactory<Program> host)
        {
            for (var i = 0; i < 30; i++) await SendAsync(host);
        }
        await Task.WhenAll(Drain(first), Drain(second), Drain(first), Drain(second));

        var counts = smtp.CountsByMessageId();
        ids.Skip(1).Should().OnlyContain(id => counts.GetValueOrDefault(Id(id)) == 1);
        counts.GetValueOrDefault(Id(ids[0])).Should().Be(0, "the dead sender's claim has not expired");
        clock.Advance(TimeSpan.FromMinutes(6));
        await Task.WhenAll(Drain(first), Drain(second));
        counts = smtp.CountsByMessageId();
        ids.Should().OnlyContain(id => counts.GetValueOrDefault(Id(id)) == 1);
        (await RowsAsync(ids)).Should().OnlyContain(e => e.State == OutboxState.Sent && e.ClaimedBy == null);
    }

    [Fact]
    public async Task After_the_last_attempt_the_letter_is_failed_with_the_servers_answer_and_the_administrator_sends_it_again()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        smtp.Refusal = new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Mailbox unavailable: quota exceeded");
        var clock = NewClock();
        await using var host = await HostAsync(smtp, clock, delays: "10s", maxAttempts: 2);
        var id = (await LettersAsync(1, "FAILED", clock)).Single();

        await SendAsync(host);
        clock.Advance(TimeSpan.FromSeconds(10));
        await SendAsync(host);

        var row = (await RowsAsync([id])).Single();
        row.State.Should().Be(OutboxState.Failed);
        row.Attempts.Should().Be(2);
        row.LastError.Should().Be("550 Mailbox unavailable: quota exceeded");
        clock.Advance(TimeSpan.FromHours(1));
        (await SendAsync(host)).Should().Be(0, "a failed letter waits for the administrator");

        var admin = await host.SignInAsync("admin", followRedirects: false);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Outbox?state=Failed"));
        page.Should().Contain($"id=\"letter-{id}\"").And.Contain("550 Mailbox unavailable: quota exceeded").And.Contain("не отправлено")
            .And.Contain("Отправить снова");
        (await admin.GetStringAsync("/Admin")).Should().Contain("href=\"/Admin/Outbox\"");
        var executor = await host.SignInAsync("kozh.culture", followRedirects: false);
        (await executor.GetAsync("/Admin/Outbox")).StatusCode.Should().NotBe(HttpStatusCode.OK);

        smtp.Refusal = null;
        var resend = await admin.PostFormAsync($"/Admin/Outbox/{id}/Resend?state=Failed", page, []);
        resend.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await SendAsync(host)).Should().BeGreaterThan(0);

        smtp.CountsByMessageId().GetValueOrDefault(Id(id)).Should().Be(1);
        row = (await RowsAsync([id])).Single();
        row.State.Should().Be(OutboxState.Sent);
        row.Attempts.Should().Be(1);
        await using var db = portal.CreateDbContext();
        (await db.AdminLog.Where(a => a.Subject == AdminSubjects.OutboxEmail && a.SubjectId == (int)id).Select(a => new { a.Field, a.UserName }).SingleAsync())
            .Should().BeEquivalentTo(new { Field = AdminSubjects.Resent, UserName = "admin" });
        WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Outbox?state=Sent")).Should().Contain($"id=\"letter-{id}\"");
    }

    [Fact]
    public async Task A_daily_digest_user_gets_one_letter_with_both_notifications_at_the_digest_hour_and_none_before()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        var clock = NewClock();
        clock.Set(new DateTimeOffset(portal.Today.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero).AddDays(1));
        await using var host = await HostAsync(smtp, clock);
        string userId;
        await using (var db = portal.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "kozh.admin");
            userId = user.Id;
            user.EmailMode = EmailMode.DailyDigest;
            await db.Notifications.Where(n => n.UserId == userId && n.EmailedAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, clock.GetUtcNow()));
            db.Notifications.AddRange(
                new Notification { UserId = userId, Kind = NotificationKind.ReportReturned, ProgramCode = "DIG-1", ProgramName = "Первая", Note = "Нет подписи", Link = "/Reports", CreatedAt = clock.GetUtcNow().AddHours(-5) },
                new Notification { UserId = userId, Kind = NotificationKind.DraftAgreed, ProgramCode = "DIG-2", ProgramName = "Вторая", Link = "/Programs/1/Draft", CreatedAt = clock.GetUtcNow().AddHours(-3) });
            await db.SaveChangesAsync();
        }

        async Task<int> DigestAsync()
        {
            using var scope = host.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<NotificationHousekeeping>().MakeDigestsAsync(CancellationToken.None);
        }
        (await DigestAsync()).Should().Be(0, "07:00 is before the digest hour");
        clock.Advance(TimeSpan.FromHours(1));
        (await DigestAsync()).Should().Be(1);
        (await DigestAsync()).Should().Be(0, "a second run on the same day finds them e-mailed");
        await SendAsync(host);

        await using var check = portal.CreateDbContext();
        var letter = await check.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToUserId == userId && e.Subject.StartsWith("Уведомления портала"));
        letter.Subject.Should().Be("Уведомления портала муниципальных программ: 2");
        var message = smtp.Received.Single(m => m.MessageId == Id(letter.Id));
        message.TextBody!.Should().Contain("Проект программы согласован · DIG-2").And.Contain("Отчет возвращен на доработку · DIG-1").And.Contain("Причина: Нет подписи")
            .And.Contain($"https://{Host}/Reports");
        message.TextBody!.IndexOf("DIG-2", StringComparison.Ordinal).Should().BeLessThan(message.TextBody.IndexOf("DIG-1", StringComparison.Ordinal), "newest first");
        (await check.Notifications.CountAsync(n => n.UserId == userId && n.EmailedAt == null)).Should().Be(0);
    }

    [Fact]
    public async Task Retention_deletes_notifications_and_sent_letters_older_than_the_set_days()
    {
        var clock = NewClock();
        await using var host = await portal.VariantAsync(b =>
        {
            b.UseSetting("Notifications:KeepDays", "30");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        await using var db = portal.CreateDbContext();
        var userId = await db.Users.Where(u => u.UserName == "finance").Select(u => u.Id).SingleAsync();
        var now = clock.GetUtcNow();
        var old = new Notification { UserId = userId, Kind = NotificationKind.ReportAccepted, ProgramCode = "OLD", Link = "/", CreatedAt = now.AddDays(-31) };
        var recent = new Notification { UserId = userId, Kind = NotificationKind.ReportAccepted, ProgramCode = "NEW", Link = "/", CreatedAt = now.AddDays(-29) };
        db.Notifications.AddRange(old, recent);
        var sentOld = new OutboxEmail { ToAddress = "a@demo.local", Subject = "old", State = OutboxState.Sent, CreatedAt = now.AddDays(-40), NextAttemptAt = now.AddDays(-40), SentAt = now.AddDays(-40) };
        var failedOld = new OutboxEmail { ToAddress = "b@demo.local", Subject = "failed", State = OutboxState.Failed, CreatedAt = now.AddDays(-40), NextAttemptAt = now.AddDays(-40) };
        db.OutboxEmails.AddRange(sentOld, failedOld);
        await db.SaveChangesAsync();

        using (var scope = host.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<NotificationHousekeeping>().ApplyRetentionAsync(CancellationToken.None)).Should().BeGreaterThanOrEqualTo(2);

        (await db.Notifications.AsNoTracking().Where(n => n.Id == old.Id || n.Id == recent.Id).Select(n => n.ProgramCode!).ToListAsync()).Should().Equal("NEW");
        (await db.OutboxEmails.AsNoTracking().Where(e => e.Id == sentOld.Id || e.Id == failedOld.Id).Select(e => e.Subject).ToListAsync())
            .Should().Equal(["failed"], "a failed letter stays for the administrator");
    }
}
