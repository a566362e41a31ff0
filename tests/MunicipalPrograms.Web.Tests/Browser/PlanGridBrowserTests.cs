using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// The plan grids in a real browser on the Кожевниковский program: kozh.admin opens an amendment draft, pastes a
/// 5 × 6 block copied from Excel into the indicators grid and saves; a typed funding cell moves the totals at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanGridBrowserTests(BrowserFixture browser)
{
    private static Task ShotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = fullPage });


    private async Task<(IPage Page, int ProgramId)> OpenDraftAsync()
    {
        int programId;
        await using (var db = BrowserFixture.Db()) programId = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", "kozh.admin");
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Reports"));
        await page.GotoAsync($"/Programs/{programId}/Draft/Indicators");
        if (await page.Locator("#open-draft").CountAsync() > 0)
        {
            await page.ClickAsync("#open-draft"); // the draft is opened by the program's workflow, which shows the program page
            await Assertions.Expect(page.Locator("#draft-panel")).ToBeVisibleAsync();
            await page.GotoAsync($"/Programs/{programId}/Draft/Indicators");
        }
        await Assertions.Expect(page.Locator("#indicator-grid")).ToBeVisibleAsync();
        return (page, programId);
    }

    [Fact]
    public async Task A_block_pasted_from_Excel_fills_the_indicators_grid_and_is_saved()
    {
        var (page, programId) = await OpenDraftAsync();
        // 5 indicators × 2021–2026, as Excel copies them: tabs, CRLF, decimal commas, a non-breaking space between groups.
        var expected = Enumerable.Range(0, 5).Select(r => Enumerable.Range(0, 6).Select(c => 10m * (r + 1) + c + 0.25m).ToArray()).ToArray();
        expected[4][5] = 1234.5m;
        var text = string.Join("\r\n", expected.Select(row => string.Join('\t', row.Select(v => v == 1234.5m ? "1\u00A0234,5" : v.ToString("0.##", RuFormat.Culture))))) + "\r\n";
        var first = page.Locator("#indicators tbody tr").First.Locator("input[name$='.Plan[2021]']");

        await first.FocusAsync();
        await first.EvaluateAsync(@"(input, text) => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }", text);
        await Assertions.Expect(page.Locator("#indicators tbody tr").Nth(4).Locator("input[name$='.Plan[2026]']")).ToHaveValueAsync("1 234,5");
        await ShotAsync(page, "plan-grid-indicators-pasted");
        await page.ClickAsync("#save");

        await Assertions.Expect(page.Locator("[role=status]", new() { HasText = "Сохранено" })).ToBeVisibleAsync();
        await Assertions.Expect(first).ToHaveValueAsync("10,25");
        await ShotAsync(page, "plan-grid-indicators");
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator("#indicators").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "plan-grid-indicators-390");
        await using var db = BrowserFixture.Db();
        var plan = (await db.ProgramDrafts.SingleAsync(d => d.ProgramId == programId)).Plan();
        var stored = plan.Indicators.Take(5).Select(i => Enumerable.Range(2021, 6)
            .Select(y => i.PlanFor(new ReportingPeriod(y, PeriodKind.Year))!.Planned!.Value).ToArray()).ToArray();
        stored.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_typed_funding_cell_updates_the_totals_before_saving()
    {
        var (page, programId) = await OpenDraftAsync();
        await page.GotoAsync($"/Programs/{programId}/Draft/Funding");
        // Demo JSON, 2021: 37,88 + 371,24 + 150,45 + 13 + 50,473 + 360 + 2 805 + 12 + 70 + 164,477 + 19,957 + 30 = 4 084,477.
        await Assertions.Expect(page.Locator("#total-2021")).ToHaveTextAsync("4\u00A0084,48");
        var cell = page.Locator("input.money[data-y='2021']").First; // activity 1.1, районный бюджет: 37,88

        await cell.FillAsync("100");

        // 4 084,477 − 37,88 + 100 = 4 146,597.
        await Assertions.Expect(page.Locator("#total-2021")).ToHaveTextAsync("4\u00A0146,60");
        await Assertions.Expect(page.Locator("#total-Local-2021")).ToHaveTextAsync("4\u00A0146,60");
        await ShotAsync(page, "plan-grid-funding");
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator("#funding").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "plan-grid-funding-390");
        await cell.FillAsync("-1");
        await Assertions.Expect(cell).ToHaveClassAsync(new Regex("is-invalid"));
    }
}
