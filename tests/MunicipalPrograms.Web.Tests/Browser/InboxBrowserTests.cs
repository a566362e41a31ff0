using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Finance with reports of two periods waiting (the demo Копейск half-year 2022 report and the Алексин 2024 report,
/// submitted again here) finds both in the inbox and accepts one at the desktop width and the other on a phone,
/// through the confirmation page, with «Принять…» in view without sideways scrolling.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxBrowserTests(BrowserFixture browser)
{

    private async Task<IPage> FinanceAsync(int width, int height)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", "finance");
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Review$"));
        return page;
    }

    /// <summary>Saved for people: the .test-results copy with the others, and the user guide's copy in docs/screens.</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        File.Copy(Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), Path.Combine(RepositoryPaths.Root, "docs", "screens", name + ".png"), overwrite: true);
    }

    private static async Task AcceptAsync(IPage page, string code, int width)
    {
        var card = page.Locator(".inbox-item", new() { Has = page.Locator($"text={code}") });
        var accept = card.GetByRole(AriaRole.Link, new() { Name = "Принять…" });
        await Assertions.Expect(accept).ToBeInViewportAsync();
        var box = await accept.BoundingBoxAsync();
        (box!.X + box.Width).Should().BeLessThanOrEqualTo(width, "the button is reached without scrolling sideways");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(width);
        await accept.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Принять отчет");
        await page.ClickAsync("#confirm-accept");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Review$"));
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("Отчет принят");
        await Assertions.Expect(page.Locator($".inbox-item[data-program='{code}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Finance_finds_reports_of_two_periods_and_accepts_them_at_1366_and_at_390()
    {
        await using (var db = BrowserFixture.Db())
        {
            var aleksin = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync();
            var report = await db.Reports.SingleAsync(r => r.ProgramId == aleksin && r.Year == 2024);
            report.Status = ReportStatus.Submitted;
            report.SubmittedAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
            await db.SaveChangesAsync();
        }

        var desktop = await FinanceAsync(1366, 768);
        var phone = await FinanceAsync(390, 844);
        foreach (var page in new[] { desktop, phone })
        {
            await Assertions.Expect(page.Locator(".inbox-item[data-program='KPS-PM-2022']")).ToContainTextAsync("1 полугодие 2022 года");
            await Assertions.Expect(page.Locator(".inbox-item[data-program='ALX-MP-04']")).ToContainTextAsync("2024 год");
            await Assertions.Expect(page.Locator(".inbox-item[data-program='ALX-MP-04']")).ToContainTextAsync("представлен с опозданием на 351 дн.");
        }
        // 15.03.2025 → 01.03.2026: 352 − 1 = 351 days late (see InboxTests).
        await ShotAsync(desktop, "inbox-1366");
        await ShotAsync(phone, "inbox-390");

        await AcceptAsync(desktop, "KPS-PM-2022", 1366);
        await phone.ReloadAsync();
        await AcceptAsync(phone, "ALX-MP-04", 390);
    }
}
