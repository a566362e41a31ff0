using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Every main page, opened by the user it is for, fits a phone (390×844) and a tablet (768×1024): nothing reaches past
/// the right edge outside a frame that scrolls sideways (issue 18). Only reads: the pages are opened, nothing is saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenFitBrowserTests(BrowserFixture browser)
{


    /// <summary>Opens the page, expects its heading, and collects what does not fit.</summary>
    private static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string url, string heading)
    {
        var response = await page.GotoAsync(url);
        response!.Status.Should().Be(200, url);
        await Assertions.Expect(page.Locator("h1").First).ToContainTextAsync(heading);
        return await ViewportCheck.OverflowingAsync(page);
    }

    private static async Task ShotAsync(IPage page, string url, string name, bool fullPage = true)
    {
        await page.GotoAsync(url);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = fullPage });
        File.Copy(Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), Path.Combine(RepositoryPaths.Root, "docs", "screens", name + ".png"), overwrite: true);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(768, 1024)]
    public async Task Every_main_page_fits_the_screen_of_a_phone_and_a_tablet(int width, int height)
    {
        int kozh, municipality, department;
        string user;
        await using (var db = BrowserFixture.Db())
        {
            kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
            municipality = await db.Programs.Where(p => p.Id == kozh).Select(p => p.MunicipalityId).SingleAsync();
            department = await db.Departments.Where(d => d.MunicipalityId == municipality).MinAsync(d => d.Id);
            user = await db.Users.Where(u => u.UserName == "kozh.culture").Select(u => u.Id).SingleAsync();
        }
        var report = $"/Reports/Edit/{kozh}?year=2023&period=Year";
        var offenders = new List<string>();

        var anonymous = await browser.NewPageAsync();
        await anonymous.SetViewportSizeAsync(width, height);
        offenders.AddRange(await CheckAsync(anonymous, "/Account/Login", "Вход в портал"));

        var executor = await browser.PageAsync("kozh.admin", width, height);
        offenders.AddRange(await CheckAsync(executor, "/Reports", "Мои отчеты"));
        offenders.AddRange(await CheckAsync(executor, "/Reports?year=2023", "отчеты за 2023 год"));
        offenders.AddRange(await CheckAsync(executor, report, "Развитие"));

        var finance = await browser.PageAsync("finance", width, height);
        foreach (var (url, heading) in new[]
                 {
                     ("/Review", "Ожидают проверки"), ("/Review?year=2023", "Проверка отчетов за 2023 год"),
                     ("/Programs", "Перечень муниципальных программ"), ($"/Programs/Details/{kozh}", "Развитие"),
                     ("/Evaluation", "Оценка эффективности"), ($"/Evaluation/Program/{kozh}?year=2023&period=Year", "Развитие"),
                     ($"/forms/programs/{kozh}/annual-report?year=2023", ""), (report, "Развитие"),
                 })
            offenders.AddRange(await CheckAsync(finance, url, heading));

        var admin = await browser.PageAsync("admin", width, height);
        foreach (var (url, heading) in new[]
                 {
                     ("/Admin", "Администрирование"), ("/Admin/Users", "Пользователи"), ($"/Admin/Users/{user}", "Пользователь kozh.culture"),
                     ($"/Admin/Municipalities/{municipality}", "Кожевниковский"), ($"/Admin/Municipalities/{municipality}/Departments", "Подразделения: Кожевниковский"),
                     ($"/Admin/Municipalities/{municipality}/Departments/{department}", ""),
                     ($"/Admin/Municipalities/{municipality}/Methodology", "Настройки методики"), ($"/Admin/Municipalities/{municipality}/Campaign", "Сроки отчетности"),
                 })
            offenders.AddRange(await CheckAsync(admin, url, heading));

        if (width == 390)
        {
            await ShotAsync(finance, "/Programs", "programs-390");
            await ShotAsync(finance, "/Evaluation", "evaluation-390");
        }
        else await ShotAsync(executor, report, "report-768", fullPage: false); // the first screen: what a tablet shows on opening

        offenders.Should().BeEmpty();
    }
}
