using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// The program-management pages pass axe-core with no serious or critical violation, at the desktop and the phone
/// width: the registry, creating a program, the program page with its workflow panel, the versions, the program as
/// of a date, a diff, and every section of an amendment draft (opened here by the Алексин program's executor).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static AppDbContext Db() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(TestDatabase.For(TestDatabase.Prefix + "_browser")).Options);

    private async Task<IPage> SignInAsync(string user, int width, int height)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        return page;
    }

    private static async Task<List<string>> ViolationsAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        response!.Status.Should().Be(200, url);
        // Every page scanned is also kept as a picture for people (and the user guide): .test-results/screenshots/a11y-…
        var name = "a11y-" + string.Concat(url.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-') + "-" + page.ViewportSize!.Width;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png") });
        var result = await page.RunAxe();
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Id} ({v.Impact}) — {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task Program_management_and_administration_pages_have_no_serious_accessibility_violation(int width, int height)
    {
        int aleksin, kozh, indicator;
        await using (var db = Db())
        {
            aleksin = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync();
            indicator = await db.Indicators.Where(i => i.ProgramId == aleksin).MinAsync(i => i.Id);
            kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        }
        var executor = await SignInAsync("aleksin.uorio", width, height);
        await executor.GotoAsync($"/Programs/Details/{aleksin}");
        if (await executor.Locator("#draft-panel button", new() { HasText = "Подготовить изменения" }).CountAsync() > 0)
            await executor.Locator("#draft-panel button", new() { HasText = "Подготовить изменения" }).ClickAsync();
        var violations = new List<string>();
        foreach (var section in new[] { "", "/Passport", "/Subprograms", "/Goals", "/Activities", "/Indicators", "/Funding",
                     "/Passports", $"/Passports/{indicator}", "/CapitalObjects", "/Resources" })
            violations.AddRange(await ViolationsAsync(executor, $"/Programs/{aleksin}/Draft{section}"));

        violations.AddRange(await ViolationsAsync(executor, "/Reports"));
        int kopeysk;
        await using (var db = Db()) kopeysk = await db.Programs.Where(p => p.RegistryCode == "KPS-PM-2022").Select(p => p.Id).SingleAsync();

        var finance = await SignInAsync("finance", width, height);
        foreach (var url in new[]
                 {
                     "/Review", "/Review?year=2025", $"/Review/Accept/{kopeysk}?year=2022&period=HalfYear&back=inbox",
                     "/Programs", "/Programs/Create", $"/Programs/Details/{kozh}", $"/Programs/{kozh}/Versions",
                     $"/Programs/{kozh}/AsOf?date=01.03.2024", $"/Programs/{kozh}/Diff?from=3&to=4", $"/Programs/{aleksin}/Diff?draft=1",
                 })
            violations.AddRange(await ViolationsAsync(finance, url));

        int municipality, department;
        string user;
        await using (var db = Db())
        {
            user = await db.Users.Where(u => u.UserName == "kozh.culture").Select(u => u.Id).SingleAsync();
            municipality = await db.Programs.Where(p => p.Id == kozh).Select(p => p.MunicipalityId).SingleAsync();
            department = await db.Departments.Where(d => d.MunicipalityId == municipality).MinAsync(d => d.Id);
            // The outbox page with a row to show: a letter that failed with the server's answer.
            var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
            db.OutboxEmails.Add(new MunicipalPrograms.Domain.Notifications.OutboxEmail
            {
                ToAddress = "kozh.culture@demo.local", Subject = "Отчет принят · KZH · 2025 год", TextBody = "Отчет принят.", HtmlBody = "<p>Отчет принят.</p>",
                State = MunicipalPrograms.Domain.Notifications.OutboxState.Failed, Attempts = 8, CreatedAt = at, NextAttemptAt = at,
                LastError = "550 Mailbox unavailable",
            });
            await db.SaveChangesAsync();
        }
        var admin = await SignInAsync("admin", width, height);
        foreach (var url in new[]
                 {
                     "/Admin", "/Admin/Municipalities/New", $"/Admin/Municipalities/{municipality}", $"/Admin/Municipalities/{municipality}/Departments",
                     $"/Admin/Municipalities/{municipality}/Departments/New", $"/Admin/Municipalities/{municipality}/Departments/{department}",
                     "/Admin/Users", "/Admin/Users/New", $"/Admin/Users/{user}",
                     $"/Admin/Municipalities/{municipality}/Methodology", $"/Admin/Municipalities/{municipality}/Campaign",
                     "/Admin/Outbox", "/Admin/Outbox?state=Failed",
                 })
            violations.AddRange(await ViolationsAsync(admin, url));

        violations.Should().BeEmpty();
    }

    /// <summary>The report page as each of its users sees it: the responsible executor, a co-executor and Finance.</summary>
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_report_page_has_no_serious_accessibility_violation_for_any_of_its_users(int width, int height)
    {
        int kozh;
        await using (var db = Db()) kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        var url = $"/Reports/Edit/{kozh}?year=2023&period=Year";
        var violations = new List<string>();
        foreach (var user in new[] { "kozh.admin", "kozh.culture", "finance" })
        {
            var page = await SignInAsync(user, width, height);
            violations.AddRange(await ViolationsAsync(page, url));
            if (user != "finance") violations.AddRange(await ViolationsAsync(page, $"/ReportImport/Index/{kozh}?year=2023&period=Year"));
        }
        violations.Should().BeEmpty();
    }
}
