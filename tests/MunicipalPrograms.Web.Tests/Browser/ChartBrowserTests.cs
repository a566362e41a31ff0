using Microsoft.Playwright;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// The pages with charts (ADR 0030) on a laptop (1366×768) and a phone (390×844): they fit, their screenshots go to
/// docs/screens (look at them), and on paper each chart's table prints open (the summary that opens it on screen is hidden).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartBrowserTests(BrowserFixture browser)
{
    private static async Task<IReadOnlyList<string>> ShotAsync(IPage page, string url, string name)
    {
        var response = await page.GotoAsync(url);
        response!.Status.Should().Be(200, url);
        await Assertions.Expect(page.Locator("svg.chart[role=img]").First).ToBeVisibleAsync();
        var file = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        File.Copy(file, Path.Combine(RepositoryPaths.Root, "docs", "screens", name + ".png"), overwrite: true);
        return await ViewportCheck.OverflowingAsync(page);
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_chart_pages_fit_the_screen_and_are_photographed(int width, int height)
    {
        var aleksin = await BrowserFixture.ProgramIdAsync("ALX-MP-04");
        var finance = await browser.PageAsync("finance", width, height);
        var anonymous = await browser.PageAsync(null, width, height);
        var offenders = new List<string>();

        offenders.AddRange(await ShotAsync(finance, "/Dashboard?year=2024&period=Year", $"dashboard-charts-{width}"));
        offenders.AddRange(await ShotAsync(finance, $"/Dashboard/Program/{aleksin}/Trend", $"program-trend-{width}"));
        // The demo's programs have one evaluated year each; the municipalities' page has two (2021 Кедровый, 2024 Алексин).
        offenders.AddRange(await ShotAsync(finance, "/Dashboard/Trends", $"trends-{width}"));
        offenders.AddRange(await ShotAsync(anonymous, $"/public/evaluation/{aleksin}?year=2024&period=Year", $"public-evaluation-{width}"));

        offenders.Should().BeEmpty();
    }

    [Fact]
    public async Task In_print_the_charts_tables_are_open_and_the_pages_print_to_pdf()
    {
        var finance = await browser.PageAsync("finance", 1366, 768);
        await finance.GotoAsync("/Dashboard?year=2024&period=Year");
        var table = finance.Locator("#chart-grades table");
        await Assertions.Expect(table).Not.ToBeVisibleAsync();

        await finance.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(finance.Locator("#chart-grades summary")).Not.ToBeVisibleAsync();
        // The PDFs are for looking at (pdftoppm -png), not committed: they stay in the test output.
        foreach (var (url, name) in new[] { ("/Dashboard?year=2024&period=Year", "dashboard"), ("/Dashboard/Trends", "trends") })
        {
            await finance.GotoAsync(url);
            var pdf = await finance.PdfAsync(new PagePdfOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".pdf"), Format = "A4", PrintBackground = true });
            pdf.Take(4).Should().Equal("%PDF"u8.ToArray());
        }
    }
}
