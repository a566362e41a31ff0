using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Nothing typed is lost: the executor types 2026 facts of the Кожевниковский program, the session ends in another
/// tab, the save leads to a sign-in page that says so, and after signing in the report offers the typed values back;
/// restored and saved, they are in the database. A form whose token went stale answers «Форма устарела».
/// (The 2026 report: the campaign test works on 2025 in the same database.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnsavedValuesTests(BrowserFixture browser)
{
    private const string Reason = "Значение сохранено в браузере до входа";


    private static async Task<string> ReportUrlAsync()
    {
        await using var db = BrowserFixture.Db();
        var id = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        return $"/Reports/Edit/{id}?year=2026&period=Year";
    }

    private static ILocator Input(IPage page, string name) => page.Locator($"[name='{name}']").First;

    private static async Task SignInOnThisPageAsync(IPage page, string user)
    {
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png") });

    /// <summary>
    /// Serious or critical axe-core violations of the page as it is now (or of one part of it), at the desktop and the
    /// phone width.
    /// </summary>
    private static async Task<List<string>> ViolationsAtBothWidthsAsync(IPage page, string name, ILocator? part = null)
    {
        var violations = new List<string>();
        foreach (var (width, height) in new[] { (1366, 768), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await ShotAsync(page, $"a11y-{name}-{width}");
            var result = part is null ? await page.RunAxe() : await part.RunAxe();
            violations.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{name} {width}: {v.Id} ({v.Impact}) — {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }
        await page.SetViewportSizeAsync(1366, 768);
        return violations;
    }

    /// <summary>Ends the session of this browser in a second tab, as the user signing out elsewhere would.</summary>
    private static async Task SignOutInAnotherTabAsync(IPage page, string? thenSignInAs = null)
    {
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync("/Programs");
        await other.ClickAsync("#user-menu");
        await other.ClickAsync("#logout");
        await Assertions.Expect(other).ToHaveURLAsync(new Regex("/Account/Login"));
        if (thenSignInAs is not null) await SignInOnThisPageAsync(other, thenSignInAs);
        await other.CloseAsync();
    }

    [Fact]
    public async Task Values_typed_before_the_session_ended_are_offered_back_after_signing_in_and_then_saved()
    {
        var url = await ReportUrlAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await SignInOnThisPageAsync(page, "kozh.admin");
        await Assertions.Expect(page.Locator("#save")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#unsaved-banner")).ToHaveCountAsync(0);
        await Input(page, "Indicators[0].Actual").FillAsync("12,5");
        await Input(page, "Indicators[0].DeviationReason").FillAsync(Reason);

        await SignOutInAnotherTabAsync(page);
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#session-ended")).ToHaveTextAsync("Сеанс завершен. Войдите снова — введенные в отчет значения сохранены в этом браузере.");
        await ShotAsync(page, "session-ended-login");

        await SignInOnThisPageAsync(page, "kozh.admin");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));
        await Assertions.Expect(page.Locator("#unsaved-banner")).ToContainTextAsync(new Regex(@"Есть несохраненные значения от \d\d\.\d\d\.\d{4} \d\d:\d\d"));
        await Assertions.Expect(Input(page, "Indicators[0].Actual")).Not.ToHaveValueAsync("12,5");
        // The banner only: the report form around it has findings of its own (issue 18's accessibility part).
        (await ViolationsAtBothWidthsAsync(page, "unsaved-banner", page.Locator("#unsaved-banner"))).Should().BeEmpty();

        await page.ClickAsync("#unsaved-restore");
        await Assertions.Expect(Input(page, "Indicators[0].Actual")).ToHaveValueAsync("12,5");
        await Assertions.Expect(Input(page, "Indicators[0].DeviationReason")).ToHaveValueAsync(Reason);

        // Leaving by a link with unsaved values asks first; declining keeps the page.
        var asked = new List<string>();
        page.Dialog += async (_, dialog) => { asked.Add(dialog.Type); await dialog.DismissAsync(); };
        await page.Locator(".breadcrumb a").First.ClickAsync();
        await Assertions.Expect(Input(page, "Indicators[0].Actual")).ToHaveValueAsync("12,5");
        asked.Should().Contain("beforeunload");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));

        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Сохранено");
        await using (var db = BrowserFixture.Db())
            (await db.IndicatorValues.Where(v => v.Year == 2026 && v.Period == PeriodKind.Year && v.DeviationReason == Reason)
                .Select(v => v.Actual).SingleAsync()).Should().Be(12.5m);
        // Saved: the kept copy is gone, so opening the report again offers nothing.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#save")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#unsaved-banner")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_form_whose_token_went_stale_answers_the_russian_page_with_a_way_back()
    {
        var url = await ReportUrlAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await SignInOnThisPageAsync(page, "kozh.admin");
        await Input(page, "Indicators[1].Actual").FillAsync("7");

        // In another tab the executor signs out and a colleague signs in: this page's token belongs to someone else.
        await SignOutInAnotherTabAsync(page, thenSignInAs: "kozh.culture");
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save"), r => r.Request.Method == "POST");
        response.Status.Should().Be(400);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Форма устарела");
        await Assertions.Expect(page.Locator("#stale-form")).ToContainTextAsync("сохранены в этом браузере");
        (await ViolationsAtBothWidthsAsync(page, "stale-form")).Should().BeEmpty();

        await page.ClickAsync("#stale-back");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Развитие муниципальной службы");
    }
}
