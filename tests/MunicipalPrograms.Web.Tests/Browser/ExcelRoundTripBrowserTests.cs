using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Spreadsheets;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Issue 11 in a real browser: the Кожевниковский executor downloads the actuals template of the 2022 report (no other
/// browser test touches 2022), fills it in (ClosedXML stands in for Excel), uploads it, reads the preview, applies, and
/// the report page shows the values.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExcelRoundTripBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_executor_fills_the_template_in_Excel_uploads_previews_applies_and_sees_the_values()
    {
        await using var db = BrowserFixture.Db();
        var id = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        var url = $"/Reports/Edit/{id}?year=2022&period=Year";
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await page.FillAsync("#UserName", "kozh.admin");
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));

        await page.ClickAsync("#actuals-upload");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Загрузка фактических значений из Excel");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#template-link"));
        download.SuggestedFilename.Should().Be("KZH-MP-01 Шаблон факта 2022 год.xlsx");
        var template = await File.ReadAllBytesAsync((await download.PathAsync())!);

        // The first two indicators of 2022 (seed 002: plans 56 and 98): facts 54,5 (short of the plan, so with a reason) and 98.
        var filled = ImportClient.Edit(template, book =>
        {
            var ws = book.Worksheet("Показатели");
            var first = ImportClient.FirstRowWithKey(ws, "ind:");
            var second = ws.Column(1).CellsUsed().Where(c => c.GetString().StartsWith("ind:", StringComparison.Ordinal)).Skip(1).First().Address.RowNumber;
            ws.Cell(first, 6).Value = 54.5;
            ws.Cell(first, 8).Value = "Опрос проведен в декабре, ответили не все";
            ws.Cell(second, 6).Value = 98;
        });
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "kozh-2022-filled.xlsx");
        await File.WriteAllBytesAsync(path, filled);
        await page.SetInputFilesAsync("#file", path);
        await page.ClickAsync("#upload");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Что изменится после загрузки");
        await Assertions.Expect(page.Locator("#change-count")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("54,5");
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("Опрос проведен в декабре, ответили не все");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "excel-preview.png"), FullPage = true });
        var axe = await page.RunAxe();
        axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).Should().BeEmpty();
        await page.ClickAsync("#apply");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Загружено из файла «kozh-2022-filled.xlsx». Изменено значений: 3.");
        await Assertions.Expect(page.Locator("[name='Indicators[0].Actual']")).ToHaveValueAsync("54,5");
        await Assertions.Expect(page.Locator("[name='Indicators[1].Actual']")).ToHaveValueAsync("98");
        await Assertions.Expect(page.Locator("[name='Indicators[0].DeviationReason']")).ToHaveValueAsync("Опрос проведен в декабре, ответили не все");
    }
}
