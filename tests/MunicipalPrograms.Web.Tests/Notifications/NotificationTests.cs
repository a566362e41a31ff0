using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Notifications;

/// <summary>
/// Issue 19: the workflow's events reach the right people in the portal (the bell, the notifications page) and, for
/// those who want letters at once, in the outbox, in the event's own transaction. The demo accounts have addresses
/// «user@demo.local»; finance is the one finance user of the server.
/// </summary>
public sealed class NotificationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static async Task ActAsync(HttpClient client, int id, int year, string action, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(ReportPages.Edit(id, year));
        (await client.PostFormAsync($"/{action}/{id}?year={year}&period=Year", page, fields ?? [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>Only a submission starts a report; the deadline of a draft report is extended on its stored row.</summary>
    private async Task StartReportAsync(int programId, int year)
    {
        await using var db = portal.CreateDbContext();
        if (await db.Reports.AnyAsync(r => r.ProgramId == programId && r.Year == year)) return;
        db.Reports.Add(new MunicipalPrograms.Domain.Reports.ProgressReport { ProgramId = programId, Year = year });
        await db.SaveChangesAsync();
    }

    private async Task<List<(string User, NotificationKind Kind, string? Note)>> NotificationsAsync(int programId)
    {
        await using var db = portal.CreateDbContext();
        return (await db.Notifications.Where(n => n.ProgramId == programId).OrderBy(n => n.Id)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.Kind, n.Note }).ToListAsync())
            .Select(x => (x.UserName!, x.Kind, x.Note)).ToList();
    }

    [Fact]
    public async Task Reopen_submit_and_return_each_tell_the_other_side_with_the_reason_and_a_letter()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var executor = await portal.SignInAsync("aleksin.uorio", followRedirects: false);

        await ActAsync(finance, id, 2024, "Review/Reopen", new() { ["reason"] = "Уточнить обоснования отклонений" });
        await ActAsync(executor, id, 2024, "Reports/Submit");
        await ActAsync(finance, id, 2024, "Review/Return", new() { ["reason"] = "Нет подписи руководителя" });

        (await NotificationsAsync(id)).Should().Equal(
            ("aleksin.uorio", NotificationKind.ReportReopened, "Уточнить обоснования отклонений"),
            ("finance", NotificationKind.ReportSubmitted, null),
            ("aleksin.uorio", NotificationKind.ReportReturned, "Нет подписи руководителя"));
        await using var db = portal.CreateDbContext();
        var letters = await db.OutboxEmails.Where(e => e.Subject.Contains("ALX-MP-04")).OrderBy(e => e.Id)
            .Select(e => new { e.ToAddress, e.Subject, e.TextBody, e.State }).ToListAsync();
        letters.Select(l => (l.ToAddress, l.Subject)).Should().Equal(
            ("aleksin.uorio@demo.local", "Отчет открыт для изменений · ALX-MP-04 · 2024 год"),
            ("finance@demo.local", "Отчет представлен на проверку · ALX-MP-04 · 2024 год"),
            ("aleksin.uorio@demo.local", "Отчет возвращен на доработку · ALX-MP-04 · 2024 год"));
        letters[2].TextBody.Should().Contain("возвращен на доработку (Смирнова Ольга Петровна). Причина: Нет подписи руководителя")
            .And.Contain($"/Reports/Edit/{id}?year=2024&period=Year");
        letters.Should().OnlyContain(l => l.State == OutboxState.Waiting);

        // The bell: finance has one unread, the executor two; the page lists them, newest first.
        WebUtility.HtmlDecode(await finance.GetStringAsync("/Reports/Edit/" + id + "?year=2024&period=Year")).Should().Contain("<span class=\"visually-hidden\">: непрочитанных 1</span>");
        var page = WebUtility.HtmlDecode(await executor.GetStringAsync("/Notifications"));
        page.Should().Contain("Непрочитанных: 2.");
        page.IndexOf("Отчет возвращен на доработку · ALX-MP-04 · 2024 год", StringComparison.Ordinal)
            .Should().BeLessThan(page.IndexOf("Отчет открыт для изменений · ALX-MP-04 · 2024 год", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_extension_on_the_Kozhevnikovo_report_reaches_the_responsible_and_the_co_executing_department_only()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        await StartReportAsync(id, 2023);

        await ActAsync(finance, id, 2023, "Review/Extend", new() { ["deadline"] = "01.04.2026", ["reason"] = "Письмо главы района" });

        (await NotificationsAsync(id)).Select(n => (n.User, n.Kind, n.Note)).Should().BeEquivalentTo(new[]
        {
            ("kozh.admin", NotificationKind.DeadlineExtended, "01.04.2026; Письмо главы района"),
            ("kozh.culture", NotificationKind.DeadlineExtended, "01.04.2026; Письмо главы района"),
        });
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_leads_to_its_page_and_all_can_be_marked_read()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        await StartReportAsync(id, 2022);
        await ActAsync(finance, id, 2022, "Review/Extend", new() { ["deadline"] = "02.04.2026" });
        await ActAsync(finance, id, 2022, "Review/Extend", new() { ["deadline"] = "03.04.2026" });
        var culture = await portal.SignInAsync("kozh.culture", followRedirects: false);
        await using var db = portal.CreateDbContext();
        var cultureId = await db.Users.Where(u => u.UserName == "kozh.culture").Select(u => u.Id).SingleAsync();
        var first = await db.Notifications.Where(n => n.UserId == cultureId && n.Year == 2022).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();

        var open = await culture.GetAsync($"/Notifications/Open/{first}");

        open.StatusCode.Should().Be(HttpStatusCode.Redirect);
        open.Headers.Location!.ToString().Should().Be($"/Reports/Edit/{id}?year=2022&period=Year");
        (await culture.GetAsync($"/Notifications/Open/{first + 100000}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var read = await db.Notifications.Where(n => n.UserId == cultureId && n.Year == 2022).OrderBy(n => n.Id).Select(n => n.ReadAt != null).ToListAsync();
        read.Should().Equal(true, false);
        var page = await culture.GetStringAsync("/Notifications");
        WebUtility.HtmlDecode(page).Should().MatchRegex("Непрочитанных: [1-9]\\d*\\.");
        (await culture.PostFormAsync("/Notifications/ReadAll", page, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await db.Notifications.CountAsync(n => n.UserId == cultureId && n.ReadAt == null)).Should().Be(0);
    }

    [Theory]
    [InlineData("DailyDigest", 0)]
    [InlineData("None", 0)]
    [InlineData("Immediate", 1)]
    public async Task A_user_who_chose_a_digest_or_no_letters_gets_no_letter_at_once(string mode, int letters)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var culture = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var page = await culture.GetStringAsync("/Notifications");
        (await culture.PostFormAsync("/Notifications/Email", page, new() { ["mode"] = mode })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.CreateDbContext();
        var before = await db.OutboxEmails.CountAsync(e => e.ToAddress == "kozh.culture@demo.local");
        await StartReportAsync(id, 2024);

        await ActAsync(await portal.SignInAsync("finance", followRedirects: false), id, 2024, "Review/Extend", new() { ["deadline"] = "0" + (4 + letters) + ".04.2026" });

        (await db.OutboxEmails.CountAsync(e => e.ToAddress == "kozh.culture@demo.local")).Should().Be(before + letters);
        (await db.Notifications.CountAsync(n => n.Year == 2024 && n.ProgramId == id && db.Users.Any(u => u.Id == n.UserId && u.UserName == "kozh.culture")))
            .Should().BePositive("the bell counts it whatever the choice");
    }
}
