using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// The whole loop in a real browser: an executor types the 2025 facts of the Кожевниковский program
/// with decimal commas and sees the indices change, submits; Finance returns it with a reason; the
/// executor fixes and resubmits; Finance accepts; the report is locked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingCampaignTests(BrowserFixture browser)
{
    private const string ProgramName = "Развитие муниципальной службы, информационного общества";

    private static async Task<IPage> SignInAsync(BrowserFixture browser, string user)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        if (user == "kozh.admin") await ShotAsync(page, "login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        // The address only: on a busy machine waiting for the load event after the login's redirects timed out twice
        // (network idle, no «load»); the next steps wait for their own elements anyway.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/(Reports|Review)"));
        return page;
    }

    private static ILocator Input(IPage page, string name) => page.Locator($"[name='{name}']").First;

    private static Task ShotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = fullPage });

    [Fact]
    public async Task Executor_and_finance_run_a_reporting_campaign_to_acceptance()
    {
        var executor = await SignInAsync(browser, "kozh.admin");
        await Assertions.Expect(executor.Locator("#my-reports")).ToContainTextAsync(ProgramName);
        await ShotAsync(executor, "executor-home");
        await executor.Locator("#my-reports li", new() { HasText = "Отчет за 2025 год · " + ProgramName }).GetByRole(AriaRole.Link, new() { Name = "Открыть отчет" }).ClickAsync();
        await Assertions.Expect(executor.Locator("#ip")).ToHaveTextAsync("–");
        await Assertions.Expect(executor.Locator("#submit")).ToBeDisabledAsync();

        // Facts with decimal commas; the first indicator misses its plan (62) and needs a reason.
        string[] facts = ["61,5", "100", "100", "83", "95,5", "35"];
        for (var k = 0; k < facts.Length; k++) await Input(executor, $"Indicators[{k}].Actual").FillAsync(facts[k]);
        // The indices follow the typed values before anything is saved (live preview).
        await Assertions.Expect(executor.Locator("#preview-badge")).ToBeVisibleAsync();
        await Assertions.Expect(executor.Locator("#ip")).Not.ToHaveTextAsync("–");
        await Input(executor, "Indicators[0].DeviationReason").FillAsync("Опрос проведен в IV квартале, охват меньше запланированного");
        await FillFundingWithPlansAsync(executor);
        await Input(executor, "Activities[1].Completed").SelectOptionAsync("yes");
        await Input(executor, "Activities[1].ActualCompletion").FillAsync("15.12.2025");
        await Input(executor, "Activities[1].Done").FillAsync("Сайт обновлен, раздел «Открытые данные» наполнен");

        // A mistyped amount: nothing is saved, the message stands next to the field, the typed values stay.
        await Input(executor, "Funding[0].Actual").FillAsync("43.38.1");
        await executor.ClickAsync("#save");
        await Assertions.Expect(executor.Locator("#errors")).ToContainTextAsync("Ничего не сохранено");
        await Assertions.Expect(executor.Locator("[data-valmsg-for='Funding[0].Actual']")).ToContainTextAsync("не число");
        await Assertions.Expect(Input(executor, "Indicators[0].Actual")).ToHaveValueAsync("61,5");
        await executor.Locator("#Funding_0__Actual").ScrollIntoViewIfNeededAsync();
        await ShotAsync(executor, "executor-report-error");
        await Input(executor, "Funding[0].Actual").FillAsync("43,38");
        await executor.ClickAsync("#save");

        await Assertions.Expect(executor.Locator("#notice")).ToContainTextAsync("Сохранено");
        await Assertions.Expect(executor.Locator("#ip")).Not.ToHaveTextAsync("–");
        // Seed 002, the 2025 targets: 62, 100, 100, 83, 95, 35. S = 61,5 / 62 = 0,9919355 and 95,5 / 95 = 1,0052632, the
        // rest 1: Ip = (4 + 0,9919355 + 1,0052632) / 6 = 0,9995331. Every line spent its plan (the first one, retyped, its 43,38),
        // so Vf = Vp and Iэ = Vf × Ip / Vp = Ip.
        await Assertions.Expect(executor.Locator("#ip")).ToHaveTextAsync("0,9995");
        await Assertions.Expect(executor.Locator("#ie")).ToHaveTextAsync("0,9995");
        await Assertions.Expect(Input(executor, "Indicators[0].Actual")).ToHaveValueAsync("61,5");
        await Assertions.Expect(Input(executor, "Activities[1].ActualCompletion")).ToHaveValueAsync("15.12.2025");
        await ShotAsync(executor, "executor-report", fullPage: false);
        await ShotAsync(executor, "executor-report-full", fullPage: true);

        await Assertions.Expect(executor.Locator("#submit")).ToBeEnabledAsync();
        await executor.ClickAsync("#submit");
        await Assertions.Expect(executor.Locator("#report-status")).ToHaveTextAsync("Представлен");

        var finance = await SignInAsync(browser, "finance");
        await Assertions.Expect(finance.Locator("#inbox")).ToContainTextAsync(ProgramName);
        await ShotAsync(finance, "review-queue");
        await finance.Locator("#inbox li", new() { HasText = ProgramName }).GetByRole(AriaRole.Link, new() { Name = "Отчет за 2025 год · " + ProgramName, Exact = false }).ClickAsync();
        await finance.FillAsync("#return-reason-input", "Показатель 1.1: приложите результаты опроса");
        await ShotAsync(finance, "review-report");
        await finance.ClickAsync("#return");
        await Assertions.Expect(finance.Locator("#report-status")).ToHaveTextAsync("Возвращен на доработку");

        await executor.GotoAsync("/Reports?year=2025");
        await Assertions.Expect(executor.Locator("#my-reports")).ToContainTextAsync("приложите результаты опроса");
        await executor.Locator("#my-reports tr", new() { HasText = ProgramName }).GetByRole(AriaRole.Link, new() { Name = "Открыть отчет" }).ClickAsync();
        await Assertions.Expect(executor.Locator("#return-reason")).ToContainTextAsync("приложите результаты опроса");
        await Input(executor, "Indicators[0].Actual").FillAsync("62");
        await executor.ClickAsync("#save");
        // With 62 of 62: Ip = (5 + 1,0052632) / 6 = 1,0008772.
        await Assertions.Expect(executor.Locator("#ip")).ToHaveTextAsync("1,0009");
        await executor.ClickAsync("#submit");
        await Assertions.Expect(executor.Locator("#report-status")).ToHaveTextAsync("Представлен");

        await finance.ReloadAsync();
        await finance.ClickAsync("#accept");
        await finance.ClickAsync("#confirm-accept");
        await Assertions.Expect(finance.Locator("#report-status")).ToHaveTextAsync("Принят");

        await executor.ReloadAsync();
        await Assertions.Expect(executor.Locator("#report-status")).ToHaveTextAsync("Принят");
        await Assertions.Expect(executor.Locator("#save")).ToHaveCountAsync(0);
        await Assertions.Expect(executor.Locator("[name='Indicators[0].Actual']")).ToHaveCountAsync(0);
        await ShotAsync(executor, "executor-report-accepted");

        await executor.ClickAsync("#history-link");
        await Assertions.Expect(executor.Locator("#audit")).ToContainTextAsync("Статус");
        await Assertions.Expect(executor.Locator("#audit")).ToContainTextAsync("61,5");
        await ShotAsync(executor, "history");

        // The official forms of the accepted report, one click away.
        await finance.GotoAsync(executor.Url.Replace("/Reports/History/", "/Programs/Details/").Split('?')[0]);
        await finance.ClickAsync("button[data-bs-target='#forms']");
        await Assertions.Expect(finance.Locator("#forms [data-form='annual-report']")).ToBeVisibleAsync();
        await Assertions.Expect(finance.Locator("#forms")).ToHaveCSSAsync("opacity", "1"); // the tab's fade-in is over
        await ShotAsync(finance, "program-forms");
        await finance.Locator("#forms [data-form='annual-report'] a").First.ClickAsync();
        await Assertions.Expect(finance.Locator("body")).ToContainTextAsync("Годовой отчет");
        await ShotAsync(finance, "form-annual-report");
    }

    /// <summary>Types each line's plan (as the page prints it, with non-breaking spaces) as its actual.</summary>
    private static async Task FillFundingWithPlansAsync(IPage page)
    {
        var rows = page.Locator("#funding tbody tr[id^='fund-']");
        var count = await rows.CountAsync();
        count.Should().Be(10, "ten activities have 2025 money in seed 002, Appendix 2");
        for (var k = 0; k < count; k++)
        {
            var plan = (await rows.Nth(k).Locator("td").Nth(3).TextContentAsync())!.Trim();
            await Input(page, $"Funding[{k}].Actual").FillAsync(plan);
        }
    }
}
