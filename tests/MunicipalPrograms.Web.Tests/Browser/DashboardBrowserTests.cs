using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
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
    [Fact]
    public async Task Finance_filters_low_grades_drills_down_concludes_and_exports()
    {
        var page = await browser.PageAsync("finance", 1366, 768);
        await page.GotoAsync("/Dashboard?year=2024&period=Year"); // the demo campaign, for the screenshot
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-1366.png") });
        File.Copy(Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-1366.png"), Path.Combine(RepositoryPaths.Root, "docs", "screens", "dashboard-1366.png"), true);

        // Two programs of the 2025 campaign of their own (the demo campaigns grade nothing low): one fact of 10 against a
        // plan of 100 (Ip = 0,1: low), one of 100 (Ip = 1). Not started, so no one's inbox or report list changes.
        var (_, ids) = await Dashboard.DashboardPages.GenerateAsync(
            BrowserFixture.Db(),
            "BRW", (null, 10m, null), (null, 100m, null));
        await page.GotoAsync("/Dashboard?year=2025&period=Year");
        await page.SelectOptionAsync("#grade", "Low");
        await page.ClickAsync("#apply-filter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("grade=Low"));
        var grades = await page.Locator("#dashboard td[data-grade]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.grade)");
        grades.Should().NotBeEmpty().And.OnlyContain(g => g == "Low");
        (await page.Locator($"#dashboard tr[data-program=\"{ids[1]}\"]").CountAsync()).Should().Be(0, "the program graded high is filtered out");
        await page.Locator($"#dashboard tr[data-program=\"{ids[0]}\"] .cell-head a").ClickAsync();
        await Assertions.Expect(page.Locator("#drill-down tr[data-level=Indicator]").First).ToBeVisibleAsync();
        var indicator = page.Locator("#drill-down tr[data-level=Indicator]").First;
        (await indicator.Locator("[data-index=s]").InnerTextAsync()).Should().MatchRegex("^(\\d+,\\d{4}|–)$");

        await page.SelectOptionAsync("#decision", "ReduceFunding");
        await page.FillAsync("#text", "Низкая эффективность: предлагается сократить финансирование.");
        await page.ClickAsync("#save-conclusion");
        await Assertions.Expect(page.Locator("#conclusion-saved")).ToBeVisibleAsync();

        var export = await page.GotoAsync("/forms/consolidated?year=2025");
        export!.Ok.Should().BeTrue();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Низкая эффективность: предлагается сократить финансирование.");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("сократить финансирование");
    }
}
