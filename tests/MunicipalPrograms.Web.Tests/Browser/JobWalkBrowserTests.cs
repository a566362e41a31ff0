using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// A job walked as its user at the desktop and the phone width, with the screen-fit check on every page (issue 18):
/// the Алексин executor, whose program has no report due, is told why on «Мои отчеты» and opens the program from there.
/// Only reads (the 2024 report is accepted in the demo data; InboxBrowserTests returns it to accepted).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JobWalkBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_executor_without_a_report_due_reads_why_and_opens_the_program(int width, int height)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", "aleksin.uorio");
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");

        // Executors land on «Мои отчеты» (architecture.md, «/»).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Reports$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Мои отчеты");
        await Assertions.Expect(page.Locator("#nothing-due")).ToContainTextAsync("Сейчас нет отчетов, которые нужно заполнить или представить.");
        // aleksin-2024.json plans only 2024, whose report is accepted: the plain reason why nothing is due.
        var why = page.Locator("#nothing-due-why li[data-program='ALX-MP-04']");
        await Assertions.Expect(why).ToContainTextAsync("Плановые значения программы заданы только на 2024 год");
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();

        await why.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Programs/Details/\\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Развитие местного самоуправления в муниципальном образовании город Алексин");
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();
    }
}
