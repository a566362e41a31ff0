using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Under the real Content-Security-Policy (ADR 0023) Chromium refuses nothing on the pages with the most script —
/// the login, the report page, the plan grids, the pickers, a report form — and what moved out of the markup still
/// works: the pickers submit on change, the progress bars get their width, a delete asks first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture browser)
{

    /// <summary>A page that records every console message and script error that speaks of a refusal.</summary>
    private async Task<(IPage Page, List<string> Refusals)> NewWatchedPageAsync()
    {
        var page = await browser.NewPageAsync();
        var refusals = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused to", StringComparison.Ordinal))
                refusals.Add($"{page.Url}: {m.Text}");
        };
        page.PageError += (_, e) => refusals.Add($"{page.Url}: script error {e}");
        return (page, refusals);
    }

    private static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task The_login_report_page_plan_grids_pickers_and_a_form_run_with_nothing_refused()
    {
        int kozh;
        await using (var db = BrowserFixture.Db()) kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        var (page, refusals) = await NewWatchedPageAsync();
        await SignInAsync(page, "kozh.admin");

        await page.GotoAsync($"/Reports/Edit/{kozh}?year=2023&period=Year");
        var width = await page.Locator(".progress-bar").First.EvaluateAsync<string>("b => b.style.width");
        width.Should().MatchRegex(@"^\d+(\.\d+)?%$", "page-controls.js sets the bar's width from data-width-percent");

        await page.GotoAsync("/Reports?year=2023");
        await page.SelectOptionAsync("select#year", "2022");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("year=2022"));

        await page.GotoAsync($"/Programs/{kozh}/Draft/Indicators");
        if (await page.Locator("#open-draft").CountAsync() > 0)
        {
            await page.ClickAsync("#open-draft");
            await Assertions.Expect(page.Locator("#draft-panel")).ToBeVisibleAsync();
            await page.GotoAsync($"/Programs/{kozh}/Draft/Indicators");
        }
        await Assertions.Expect(page.Locator("#indicator-grid")).ToBeVisibleAsync();
        await page.GotoAsync($"/Programs/{kozh}/Draft/Funding");
        await Assertions.Expect(page.Locator("#funding")).ToBeVisibleAsync();
        var indentRem = await page.Locator("#funding th.indent-grid").First.EvaluateAsync<double>(
            "c => parseFloat(getComputedStyle(c).paddingLeft) / parseFloat(getComputedStyle(document.documentElement).fontSize)");
        indentRem.Should().Be(0.5, "depth 0 of the funding grid is indented 0.5rem by site.css");

        await page.GotoAsync($"/Programs/{kozh}/Draft/Activities");
        var asked = "";
        page.Dialog += async (_, d) => { asked = d.Message; await d.DismissAsync(); };
        await page.Locator("button.btn-outline-danger", new() { HasText = "Удалить" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Draft/Activities$"));
        asked.Should().StartWith("Удалить мероприятие");

        await page.GotoAsync($"/forms/programs/{kozh}/annual-report?year=2023");
        var border = await page.Locator("table.form-table").First.EvaluateAsync<string>("t => getComputedStyle(t).borderCollapse");
        border.Should().Be("collapse", "the form's stylesheet is loaded from /css/report-form.css");

        var (login, loginRefusals) = await NewWatchedPageAsync();
        await login.GotoAsync("/Account/Login");
        await login.FillAsync("#UserName", "viewer");

        await page.GotoAsync("/Evaluation");
        refusals.Concat(loginRefusals).Should().BeEmpty();
    }
}
