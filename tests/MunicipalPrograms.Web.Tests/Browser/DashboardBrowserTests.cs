using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Finance opens the campaign dashboard, filters to the programs with a low grade, drills down to an indicator, writes a
/// conclusion and a decision, and exports the consolidated report with it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserFixture browser)
{
    [Fact(Skip = "Not finished: the demo 2024 campaign has no program graded low; needs a generated low-graded program in the browser database")]
    public async Task Finance_filters_low_grades_drills_down_concludes_and_exports()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", "finance");
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.GotoAsync("/Dashboard?year=2024&period=Year");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-1366.png") });
        File.Copy(Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-1366.png"), Path.Combine(RepositoryPaths.Root, "docs", "screens", "dashboard-1366.png"), true);

        await page.SelectOptionAsync("#grade", "Low");
        await page.ClickAsync("#apply-filter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("grade=Low"));
        var grades = await page.Locator("#dashboard td[data-grade]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.grade)");
        grades.Should().NotBeEmpty().And.OnlyContain(g => g == "Low");
        await page.Locator("#dashboard tbody tr .cell-head a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#drill-down tr[data-level=Indicator]").First).ToBeVisibleAsync();
        var indicator = page.Locator("#drill-down tr[data-level=Indicator]").First;
        (await indicator.Locator("[data-index=s]").InnerTextAsync()).Should().MatchRegex("^(\\d+,\\d{4}|–)$");

        await page.SelectOptionAsync("#decision", "ReduceFunding");
        await page.FillAsync("#text", "Низкая эффективность: предлагается сократить финансирование.");
        await page.ClickAsync("#save-conclusion");
        await Assertions.Expect(page.Locator("#conclusion-saved")).ToBeVisibleAsync();

        var export = await page.GotoAsync("/forms/consolidated?year=2024");
        export!.Ok.Should().BeTrue();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Низкая эффективность: предлагается сократить финансирование.");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("сократить финансирование");
    }
}
