using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Each job walked as its user at the desktop and the phone width, with the screen-fit check on every page (issue 18):
/// (a) the co-executor (kozh.culture, activities 4.1 and 4.2 of KZH-MP-01) finds the 2025 report on «Мои отчеты», sees
/// its own rows and completeness and fills its funding line — each size from its own state: the walk first returns
/// the department's 2025 rows to empty and the report to a draft (ReportingCampaignTests may have accepted it; it
/// types every funding line itself, so what is saved here is never read there);
/// (b) the Алексин executor, whose program has no report due, is told why on «Мои отчеты» and opens the program from
/// there — only reads (the 2024 report is accepted in the demo data; InboxBrowserTests returns it to accepted);
/// (c) finance with reports of two periods waiting that no other test touches — the Кожевниковский 2024 annual report and
/// the Кедровый 9 months 2022 report, submitted here — finds both in «Ожидают проверки» and opens each; nothing accepted,
/// and both are put back as they were (AccessibilityTests checks «Ожидают проверки» with whatever is waiting).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JobWalkBrowserTests(BrowserFixture browser)
{
    private const string KozhName = "Развитие муниципальной службы, информационного общества и открытости в муниципальном образовании Кожевниковский район на 2021-2026 годы";
    private const string KedrovyName = "Развитие информационного общества на территории муниципального образования «Город Кедровый»";



    /// <summary>
    /// The department's 2025 rows of KZH-MP-01 as before anyone typed them (funding 4.1 without its cash execution, no
    /// execution texts of 4.1 and 4.2), and the report a draft again if another test submitted or accepted it.
    /// </summary>
    private static async Task ResetCoExecutorRowsAsync()
    {
        await using var db = BrowserFixture.Db();
        var kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        var own = await db.Activities.Where(a => a.ProgramId == kozh && (a.Code == "4.1" || a.Code == "4.2")).Select(a => a.Id).ToListAsync();
        foreach (var line in await db.FundingLines.Where(f => f.ProgramId == kozh && f.Year == 2025 && own.Contains(f.ActivityId)).ToListAsync())
            line.Actual = null;
        var report = await db.Reports.Include(r => r.ActivityExecutions)
            .SingleOrDefaultAsync(r => r.ProgramId == kozh && r.Year == 2025 && r.Period == PeriodKind.Year);
        if (report is not null)
        {
            db.RemoveRange(report.ActivityExecutions.Where(e => own.Contains(e.ActivityId)));
            report.Status = ReportStatus.Draft;
            report.SubmittedAt = null;
            report.AcceptedAt = null;
            report.ReturnReason = null;
        }
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_co_executor_finds_the_2025_report_sees_its_rows_and_fills_its_funding_line(int width, int height)
    {
        await ResetCoExecutorRowsAsync();
        var page = await browser.PageAsync("kozh.culture", width, height);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Reports$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Мои отчеты");
        var card = page.Locator("#my-reports li.work-item[data-program='KZH-MP-01'][data-period='2025-Year']");
        await Assertions.Expect(card.Locator("h2")).ToHaveTextAsync("Отчет за 2025 год · " + KozhName);
        await Assertions.Expect(card.Locator(".role")).ToHaveTextAsync("Вы — соисполнитель: заполняете свои строки; отчет представляет Администрация Кожевниковского района.");
        // Due 15 March 2026 (Procedure 4.7); on 2 March 2026 (the portal's clock): 15 − 2 = 13 days left.
        await Assertions.Expect(card).ToContainTextAsync("срок 15.03.2026");
        await Assertions.Expect(card).ToContainTextAsync("осталось 13 дн.");
        await Assertions.Expect(card.Locator(".status")).ToHaveTextAsync("Черновик");
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();

        await card.GetByRole(AriaRole.Link, new() { Name = "Открыть отчет" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Reports/Edit/\\d+\\?year=2025&period=Year$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(KozhName);
        // Activities 4.1 and 4.2 and the one 2025 funding line of 4.1 (2600,0 тыс. руб., seed 002, Appendix 2): 3 rows;
        // of them only the funding line asks for a value (activities have no required value): 0 of 1 after the reset.
        await Assertions.Expect(page.Locator("#own-rows")).ToContainTextAsync("Ваши строки: 3.");
        var completeness = width >= 1200 ? page.Locator("#completeness .card-header") : page.Locator("#completeness-line-text");
        await Assertions.Expect(completeness).ToHaveTextAsync("Заполнено 0 из 1 вашего значения");

        // Only its own rows at first; the button shows all rows and then only its own again.
        var toggle = page.Locator("#own-rows-toggle");
        await Assertions.Expect(toggle).ToHaveTextAsync("Показать все строки");
        await Assertions.Expect(page.Locator("#indicators tr[data-own='false']").First).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("#indicators tr[data-own='false']").First).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveTextAsync("Показать только мои строки");
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("#indicators tr[data-own='false']").First).ToBeHiddenAsync();

        var fundingRow = page.Locator("#funding tr[data-own='true']");
        await Assertions.Expect(fundingRow).ToHaveCountAsync(1);
        await Assertions.Expect(fundingRow).ToContainTextAsync("4.1");
        var cash = fundingRow.Locator("input[name='Funding[0].Actual']");
        await Assertions.Expect(cash).ToBeVisibleAsync();
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();
        await cash.FillAsync("2480,5");
        await page.ClickAsync("#save");

        // One value changed (the cash execution of 4.1): 1 of 1 of the department's values is filled.
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync("Сохранено. Изменено значений: 1. Индексы пересчитаны.");
        await Assertions.Expect(completeness).ToHaveTextAsync("Заполнено 1 из 1 вашего значения");
        await Assertions.Expect(page.Locator("#funding tr[data-own='true'] input[name='Funding[0].Actual']")).ToHaveValueAsync(new Regex("^2\\s?480,50?$"));
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task The_executor_without_a_report_due_reads_why_and_opens_the_program(int width, int height)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", "aleksin.uorio");
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");

        // Executors land on «Мои отчеты» (architecture.md, «/»).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Reports$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Мои отчеты");
        await Assertions.Expect(page.Locator("#nothing-due")).ToContainTextAsync("Сейчас нет отчетов, которые нужно заполнить или представить.");
        // aleksin-2024.json plans only 2024, whose report is accepted: the plain reason why nothing is due.
        var why = page.Locator("#nothing-due-why li[data-program='ALX-MP-04']");
        await Assertions.Expect(why).ToContainTextAsync("Плановые значения программы заданы только на 2024 год");
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();

        await why.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Programs/Details/\\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Развитие местного самоуправления в муниципальном образовании город Алексин");
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task Finance_finds_reports_of_two_periods_waiting_and_opens_each(int width, int height)
    {
        var waiting = new[]
        {
            ("KZH-MP-01", 2024, PeriodKind.Year, new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero)),
            ("04", 2022, PeriodKind.NineMonths, new DateTimeOffset(2026, 3, 1, 11, 0, 0, TimeSpan.Zero)),
        };
        var before = await SubmitAsync(waiting);
        try
        {
            await ExpectBothWaitingAndOpenEachAsync(width, height);
        }
        finally
        {
            await RestoreAsync(before);
        }
    }

    /// <summary>
    /// Submits each report (created when it has no row yet) at the given moment — after the Алексин report InboxBrowserTests
    /// submits (01.03.2026 09:00 UTC), so its cards keep their places — and returns what was there before.
    /// </summary>
    private static async Task<List<(int Program, int Year, PeriodKind Kind, ReportStatus? Status, DateTimeOffset? SubmittedAt)>> SubmitAsync(
        IEnumerable<(string Code, int Year, PeriodKind Kind, DateTimeOffset At)> reports)
    {
        var before = new List<(int, int, PeriodKind, ReportStatus?, DateTimeOffset?)>();
        await using var db = BrowserFixture.Db();
        foreach (var (code, year, kind, at) in reports)
        {
            var program = await db.Programs.Where(p => p.RegistryCode == code).Select(p => p.Id).SingleAsync();
            var report = await db.Reports.SingleOrDefaultAsync(r => r.ProgramId == program && r.Year == year && r.Period == kind);
            before.Add((program, year, kind, report?.Status, report?.SubmittedAt));
            if (report is null) db.Reports.Add(report = new ProgressReport { ProgramId = program, Year = year, Period = kind });
            report.Status = ReportStatus.Submitted;
            report.SubmittedAt = at;
        }
        await db.SaveChangesAsync();
        return before;
    }

    /// <summary>The shared database as the walk found it: the reports it created removed, the others as they were.</summary>
    private static async Task RestoreAsync(IEnumerable<(int Program, int Year, PeriodKind Kind, ReportStatus? Status, DateTimeOffset? SubmittedAt)> before)
    {
        await using var db = BrowserFixture.Db();
        foreach (var (program, year, kind, status, submittedAt) in before)
        {
            var report = await db.Reports.SingleAsync(r => r.ProgramId == program && r.Year == year && r.Period == kind);
            if (status is { } old) (report.Status, report.SubmittedAt) = (old, submittedAt);
            else db.Reports.Remove(report);
        }
        await db.SaveChangesAsync();
    }

    private async Task ExpectBothWaitingAndOpenEachAsync(int width, int height)
    {
        var page = await browser.PageAsync("finance", width, height);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Review$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ожидают проверки");
        var annual = page.Locator(".inbox-item[data-program='KZH-MP-01'][data-period='2024-Year']");
        var interim = page.Locator(".inbox-item[data-program='04'][data-period='2022-NineMonths']");
        await Assertions.Expect(annual.Locator("h2")).ToHaveTextAsync("Отчет за 2024 год · " + KozhName);
        await Assertions.Expect(interim.Locator("h2")).ToHaveTextAsync("Отчет за 9 месяцев 2022 года · " + KedrovyName);
        await Assertions.Expect(annual).ToContainTextAsync("представлен 01.03.2026");
        await Assertions.Expect(interim).ToContainTextAsync("представлен 01.03.2026");
        (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();

        foreach (var (item, caption, name) in new[] { (annual, "2024 год", KozhName), (interim, "9 месяцев 2022 года", KedrovyName) })
        {
            await item.Locator("h2 a").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
            await Assertions.Expect(page.Locator(".breadcrumb-item.active")).ToHaveTextAsync("Отчет за " + caption);
            await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Представлен");
            (await ViewportCheck.OverflowingAsync(page)).Should().BeEmpty();
            await page.GoBackAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ожидают проверки");
        }
    }
}
