using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// The report page guides the executor (issue 18): after a failed save the focus is on the error summary and its link
/// leads into the field; Ctrl+S saves; a co-executor sees only its rows until it asks for all; on a phone the form is
/// stacked and nothing is wider than the screen. Works on the Кожевниковский 2023 report (other browser tests use 2025/2026).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPageBrowserTests(BrowserFixture browser)
{
    private static async Task<string> ReportUrlAsync()
    {
        await using var db = BrowserFixture.Db();
        var id = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        return $"/Reports/Edit/{id}?year=2023&period=Year";
    }

    private async Task<IPage> OpenAsync(string user, int width = 1366, int height = 768)
    {
        var url = await ReportUrlAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(url);
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));
        return page;
    }

    [Fact]
    public async Task After_a_failed_save_the_focus_is_on_the_summary_and_its_link_leads_into_the_field()
    {
        var page = await OpenAsync("kozh.admin");
        await page.FillAsync("#Indicators_0__Actual", "двенадцать");
        await page.ClickAsync("#save");

        await Assertions.Expect(page.Locator("#errors")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#Indicators_0__Actual")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#Indicators_0__Actual")).ToHaveValueAsync("двенадцать");
        await page.ClickAsync("#error-links a[href='#Indicators_0__Actual']");
        await Assertions.Expect(page.Locator("#Indicators_0__Actual")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Ctrl_S_saves_the_form()
    {
        var page = await OpenAsync("kozh.admin");
        await page.FillAsync("#Texts_Narrative", "Сохранено клавишами Ctrl+S");
        await page.Keyboard.PressAsync("Control+s");

        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Сохранено");
        await Assertions.Expect(page.Locator("#Texts_Narrative")).ToHaveValueAsync("Сохранено клавишами Ctrl+S");
    }

    [Fact]
    public async Task A_co_executor_sees_only_its_rows_until_it_asks_for_all()
    {
        var page = await OpenAsync("kozh.culture");
        await Assertions.Expect(page.Locator("#own-rows")).ToContainTextAsync("Ваши строки: 3.");
        await Assertions.Expect(page.Locator("#indicators tr[data-own='false']").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#activities tr[data-own='true']").First).ToBeVisibleAsync();

        await page.ClickAsync("#own-rows-toggle");
        await Assertions.Expect(page.Locator("#indicators tr[data-own='false']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#own-rows-toggle")).ToHaveTextAsync("Показать только мои строки");
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_report_form_fits_the_screen_and_its_checkboxes_are_big_enough_to_touch(int width, int height)
    {
        var page = await OpenAsync("kozh.admin", width, height);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "docs", "screens", $"report-{width}.png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"report-{width}-full.png"), FullPage = true });

        // Every element that reaches past the right edge of the screen, unless a frame that scrolls sideways holds it.
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => {
                const inFrame = el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
                return [...document.querySelectorAll('body *')].filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1 && !inFrame(el); })
                    .slice(0, 10).map(el => el.tagName + '#' + el.id + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right));
            }
            """);
        overflowing.Should().BeEmpty();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(width);

        if (width < 768)
        {
            var box = await page.Locator("#Indicators_0__NotMeasured").BoundingBoxAsync();
            box!.Width.Should().BeGreaterThanOrEqualTo(24);
            box.Height.Should().BeGreaterThanOrEqualTo(24);
            // Stacked: the indicator's name is above its input, and the input is (nearly) as wide as the screen.
            var name = await page.Locator("#indicators tbody tr[data-own='true'] td").Nth(1).BoundingBoxAsync();
            var input = await page.Locator("#Indicators_0__Actual").BoundingBoxAsync();
            input!.Y.Should().BeGreaterThan(name!.Y + name.Height - 1);
            input.Width.Should().BeGreaterThan(width / 2);
        }
    }
}
