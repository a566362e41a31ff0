using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Issue 19 end to end, in a real browser against a portal process of its own (its own database, e-mail on, to an SMTP
/// server in this test): the Алексин executor submits the 2024 report → finance sees the bell and a letter arrives;
/// finance remarks on two values and returns → the executor's bell and letter, with the remarks; the executor answers
/// one remark and corrects the other value, submits again → finance closes both remarks and accepts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationsBrowserTests(BrowserFixture browser)
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public async Task Submission_remarks_return_answer_and_acceptance_reach_each_side_in_the_portal_and_by_email()
    {
        var database = TestDatabase.NewName("notify_e2e");
        await TestDatabase.CreateFromTemplateAsync(database);
        await using var smtp = await TestSmtpServer.StartedAsync();
        var portal = await PortalProcess.AttachAsync(database, Today, new Dictionary<string, string>
        {
            ["Email__Enabled"] = "true", ["Email__Smtp__Host"] = "127.0.0.1", ["Email__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email__Smtp__Security"] = "None", ["Email__PollSeconds"] = "1", ["Email__RetryDelays"] = "1s",
            ["Portal__PublicBaseUrl"] = "https://programs.example.ru/", ["Notifications__Reminders__Enabled"] = "false",
        });
        try
        {
            await WalkAsync(portal, database, smtp);
            smtp.CountsByMessageId().Values.Should().OnlyContain(count => count == 1, "no letter of the walk went twice");
        }
        finally
        {
            await portal.DisposeAsync();
            await TestDatabase.DropAsync(database);
        }
    }

    private async Task WalkAsync(PortalProcess portal, string database, TestSmtpServer smtp)
    {
        int id;
        List<int> values;
        await using (var db = TestDatabase.Context(database))
        {
            id = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync();
            // The demo report is accepted (seed 003); here it is back with the executor, complete, before submission.
            (await db.Reports.Where(r => r.ProgramId == id && r.Year == 2024).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, ReportStatus.Returned))).Should().Be(1);
            values = await db.IndicatorValues.Where(v => v.Year == 2024 && v.Period == PeriodKind.Year && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id))
                .OrderBy(v => db.Indicators.Single(i => i.Id == v.IndicatorId).SortOrder).Select(v => v.Id).Take(2).ToListAsync();
        }
        var report = $"/Reports/Edit/{id}?year=2024&period=Year";
        var executor = await SignInAsync(portal, "aleksin.uorio", report);
        var finance = await SignInAsync(portal, "finance", report);

        // 1. The executor submits: finance's bell counts it and the letter arrives.
        await executor.ClickAsync("#submit");
        await Assertions.Expect(executor.Locator("#report-status")).ToHaveTextAsync("Представлен");
        await finance.ReloadAsync();
        await Assertions.Expect(finance.Locator("#bell-count")).ToHaveTextAsync("1");
        var submitted = await LetterAsync(smtp, "finance@demo.local", "Отчет представлен на проверку · ALX-MP-04 · 2024 год");
        submitted.TextBody.Should().Contain($"https://programs.example.ru/Reports/Edit/{id}?year=2024&period=Year");

        // 2. Finance remarks on the first two indicators and returns the report.
        await RemarkAsync(finance, values[0], "Приложите протокол опроса");
        await RemarkAsync(finance, values[1], "Факт расходится с отчетом за 2023 год");
        await finance.FillAsync("#return-reason-input", "См. замечания к значениям");
        await finance.ClickAsync("#return");
        await Assertions.Expect(finance.Locator("#report-status")).ToHaveTextAsync("Возвращен на доработку");

        // 3. The executor's bell and letter, with the remarks.
        await executor.ReloadAsync();
        await Assertions.Expect(executor.Locator("#bell-count")).ToHaveTextAsync("1");
        var returned = await LetterAsync(smtp, "aleksin.uorio@demo.local", "Отчет возвращен на доработку · ALX-MP-04 · 2024 год");
        returned.TextBody.Should().Contain("Причина: См. замечания к значениям. Замечания к значениям (2):")
            .And.Contain("Приложите протокол опроса").And.Contain("Факт расходится с отчетом за 2023 год");

        // 4. It answers the first remark, corrects the second value (read from the page, plus one) and submits again.
        var first = executor.Locator($"#ind-{values[0]} .value-remark");
        await first.Locator("summary", new() { HasText = "Ответить" }).ClickAsync();
        await first.Locator("textarea").FillAsync("Протокол № 5 от 20.01.2025 приложен");
        await first.GetByRole(AriaRole.Button, new() { Name = "Ответить" }).ClickAsync();
        await Assertions.Expect(executor.Locator($"#ind-{values[0]} .remark-answer")).ToContainTextAsync("Протокол № 5 от 20.01.2025 приложен");
        var actual = executor.Locator($"#ind-{values[1]} input[name$='.Actual']");
        var before = decimal.Parse((await actual.InputValueAsync()).Replace('\u00A0', ' ').Replace(" ", "").Replace(',', '.'), CultureInfo.InvariantCulture);
        await actual.FillAsync((before + 1).ToString(CultureInfo.InvariantCulture).Replace('.', ','));
        await executor.ClickAsync("#save");
        await Assertions.Expect(executor.Locator("#notice")).ToContainTextAsync("Сохранено");
        await Assertions.Expect(executor.Locator($"#ind-{values[1]} .remark-correction")).ToContainTextAsync("исправлено");
        await executor.ClickAsync("#submit");
        await Assertions.Expect(executor.Locator("#report-status")).ToHaveTextAsync("Представлен");

        // 5. Finance closes both remarks and accepts through the confirmation.
        await finance.ReloadAsync();
        foreach (var value in values)
        {
            await finance.Locator($"#ind-{value} .value-remark button", new() { HasText = "Закрыть" }).ClickAsync();
            await Assertions.Expect(finance.Locator($"#ind-{value} .remark-closed")).ToBeVisibleAsync();
        }
        await finance.ClickAsync("#accept");
        // No open remark on values is left (the scoring's own remarks on the Алексин report may still be counted).
        await Assertions.Expect(finance.Locator("#confirm-accept")).Not.ToContainTextAsync("оставив открытыми");
        await finance.ClickAsync("#confirm-accept");
        await Assertions.Expect(finance.Locator("#report-status")).ToHaveTextAsync("Принят");
        await LetterAsync(smtp, "aleksin.uorio@demo.local", "Отчет принят · ALX-MP-04 · 2024 год");
    }

    private async Task<IPage> SignInAsync(PortalProcess portal, string user, string url)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl, Locale = "ru-RU", ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));
        return page;
    }

    private static async Task RemarkAsync(IPage finance, int valueId, string text)
    {
        var row = finance.Locator($"#ind-{valueId}");
        await row.Locator("summary", new() { HasText = "Замечание" }).Last.ClickAsync();
        await row.Locator($"#remark-add-ind-{valueId}-text").FillAsync(text);
        await row.GetByRole(AriaRole.Button, new() { Name = "Добавить замечание" }).ClickAsync();
        await Assertions.Expect(finance.Locator($"#ind-{valueId} .remark-text")).ToContainTextAsync(text);
    }

    /// <summary>The letter the portal's background sender delivered (it looks into the outbox every second).</summary>
    private static async Task<MimeKit.MimeMessage> LetterAsync(TestSmtpServer smtp, string to, string subject)
    {
        for (var i = 0; i < 300; i++)
        {
            var letter = smtp.Received.FirstOrDefault(m => m.Subject == subject && m.To.Mailboxes.Any(b => b.Address == to));
            if (letter is not null) return letter;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No letter «{subject}» to {to} arrived in 30 s; received: {string.Join(" | ", smtp.Received.Select(m => m.Subject))}");
    }
}
