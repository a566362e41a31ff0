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
        await using (var db = BrowserFixture.Db())
        {
            aleksin = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync();
            indicator = await db.Indicators.Where(i => i.ProgramId == aleksin).MinAsync(i => i.Id);
            kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        }
        var executor = await browser.PageAsync("aleksin.uorio", width, height);
        await executor.GotoAsync($"/Programs/Details/{aleksin}");
        if (await executor.Locator("#draft-panel button", new() { HasText = "Подготовить изменения" }).CountAsync() > 0)
            await executor.Locator("#draft-panel button", new() { HasText = "Подготовить изменения" }).ClickAsync();
        var violations = new List<string>();
        foreach (var section in new[] { "", "/Passport", "/Subprograms", "/Goals", "/Activities", "/Indicators", "/Funding",
                     "/Passports", $"/Passports/{indicator}", "/CapitalObjects", "/Resources" })
            violations.AddRange(await ViolationsAsync(executor, $"/Programs/{aleksin}/Draft{section}"));

        violations.AddRange(await ViolationsAsync(executor, "/Reports"));
        int kopeysk;
        await using (var db = BrowserFixture.Db()) kopeysk = await db.Programs.Where(p => p.RegistryCode == "KPS-PM-2022").Select(p => p.Id).SingleAsync();

        var finance = await browser.PageAsync("finance", width, height);
        foreach (var url in new[]
                 {
                     "/Review", "/Review?year=2025", $"/Review/Accept/{kopeysk}?year=2022&period=HalfYear&back=inbox",
                     "/Programs", "/Programs/Create", $"/Programs/Details/{kozh}", $"/Programs/{kozh}/Versions",
                     $"/Programs/{kozh}/AsOf?date=01.03.2024", $"/Programs/{kozh}/Diff?from=3&to=4", $"/Programs/{aleksin}/Diff?draft=1",
                     "/Dashboard?year=2024&period=Year", $"/Dashboard/Program/{aleksin}?year=2024&period=Year",
                     "/Dashboard/Trends", $"/Dashboard/Program/{aleksin}/Trend",
                 })
            violations.AddRange(await ViolationsAsync(finance, url));

        int municipality, department;
        string user;
        await using (var db = BrowserFixture.Db())
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
        var admin = await browser.PageAsync("admin", width, height);
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

    /// <summary>The public part without sign-in (ADR 0027): the registry, a program, an accepted evaluation, the open data.</summary>
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_public_pages_have_no_serious_accessibility_violation(int width, int height)
    {
        int aleksin, kozh;
        await using (var db = BrowserFixture.Db())
        {
            aleksin = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync();
            kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        }
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var violations = new List<string>();
        foreach (var url in new[]
                 {
                     "/public", "/public?m=aleksin", $"/public/programs/{aleksin}", $"/public/programs/{kozh}",
                     $"/public/evaluation/{aleksin}?year=2024&period=Year", "/open-data",
                 })
            violations.AddRange(await ViolationsAsync(page, url));
        violations.Should().BeEmpty();
    }

    /// <summary>The report page as each of its users sees it: the responsible executor, a co-executor and Finance.</summary>
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_report_page_has_no_serious_accessibility_violation_for_any_of_its_users(int width, int height)
    {
        int kozh;
        await using (var db = BrowserFixture.Db()) kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        var url = $"/Reports/Edit/{kozh}?year=2023&period=Year";
        var violations = new List<string>();
        foreach (var user in new[] { "kozh.admin", "kozh.culture", "finance" })
        {
            var page = await browser.PageAsync(user, width, height);
            violations.AddRange(await ViolationsAsync(page, url));
            if (user != "finance") violations.AddRange(await ViolationsAsync(page, $"/ReportImport/Index/{kozh}?year=2023&period=Year"));
            violations.AddRange(await ViolationsAsync(page, "/Notifications"));
        }
        violations.Should().BeEmpty();
    }

    /// <summary>
    /// The report page with the finance department's remarks (open, answered, closed; on an indicator and on a co-executor's
    /// activity): the summary, the answer forms of the executors, the remark and close controls of Finance, and the
    /// acceptance confirmation. The report's state is put back afterwards (the browser tests share their database).
    /// </summary>
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_report_page_with_remarks_has_no_serious_accessibility_violation(int width, int height)
    {
        await using var db = BrowserFixture.Db();
        var kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        var report = await db.Reports.SingleOrDefaultAsync(r => r.ProgramId == kozh && r.Year == 2023 && r.Period == Domain.Common.PeriodKind.Year);
        var created = report is null;
        report ??= db.Reports.Add(new Domain.Reports.ProgressReport { ProgramId = kozh, Year = 2023 }).Entity;
        var status = report.Status;
        await db.SaveChangesAsync();
        var values = await db.IndicatorValues.Where(v => v.Year == 2023 && v.Period == Domain.Common.PeriodKind.Year
                && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == kozh && i.ActivityId == null))
            .OrderBy(v => v.Id).Select(v => v.Id).Take(2).ToListAsync();
        var activity = await db.Activities.Where(a => a.ProgramId == kozh && a.Code == "4.1").Select(a => a.Id).SingleAsync();
        var at = new DateTimeOffset(2024, 3, 20, 5, 0, 0, TimeSpan.Zero);
        Domain.Reports.ValueRemark Remark(string subject, int id, string text) => new()
        {
            ReportId = report.Id, Subject = subject, SubjectId = id, Text = text, AuthorUserName = "finance", CreatedAt = at, ValueAtRemark = "1",
        };
        var remarks = new[]
        {
            Remark(Domain.Audit.AuditSubjects.IndicatorValue, values[0], "Факт расходится с отчетом за 2022 год: было 12"),
            Remark(Domain.Audit.AuditSubjects.IndicatorValue, values[1], "Приложите протокол"),
            Remark(Domain.Audit.AuditSubjects.ActivityExecution, activity, "Уточните, что сделано"),
            Remark(Domain.Audit.AuditSubjects.IndicatorValue, values[1], "Проверьте единицы измерения"),
        };
        (remarks[1].Answer, remarks[1].AnsweredBy, remarks[1].AnsweredAt) = ("Протокол приложен", "kozh.admin", at);
        (remarks[3].ClosedBy, remarks[3].ClosedAt) = ("finance", at);
        db.ValueRemarks.AddRange(remarks);
        var violations = new List<string>();
        var url = $"/Reports/Edit/{kozh}?year=2023&period=Year";
        try
        {
            report.Status = Domain.Common.ReportStatus.Returned;
            await db.SaveChangesAsync();
            foreach (var user in new[] { "kozh.admin", "kozh.culture", "finance" })
            {
                var page = await browser.PageAsync(user, width, height);
                violations.AddRange(await ViolationsAsync(page, url));
                (await page.ContentAsync()).Should().Contain("Замечания ФЭУ: открыто 3.");
            }
            report.Status = Domain.Common.ReportStatus.Submitted;
            await db.SaveChangesAsync();
            var finance = await browser.PageAsync("finance", width, height);
            violations.AddRange(await ViolationsAsync(finance, url));
            (await finance.ContentAsync()).Should().Contain("Добавить замечание");
            violations.AddRange(await ViolationsAsync(finance, $"/Review/Accept/{kozh}?year=2023&period=Year"));
            (await finance.ContentAsync()).Should().Contain("Открытые замечания к значениям (3)");
        }
        finally
        {
            db.ValueRemarks.RemoveRange(remarks);
            if (created) db.Reports.Remove(report);
            else report.Status = status;
            await db.SaveChangesAsync();
        }
        violations.Should().BeEmpty();
    }
}
