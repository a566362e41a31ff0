using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Issue 10, done when: an administrator sets up a new municipality with a department and an executor in the browser;
/// the executor signs in with the one-time password, changes it and sees an empty «Мои отчеты».
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministrationBrowserTests(BrowserFixture browser)
{
    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    private static async Task SignInAsync(IPage page, string user, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit]");
    }

    [Fact]
    public async Task An_administrator_sets_up_a_municipality_a_department_and_an_executor_who_signs_in_to_an_empty_list()
    {
        var admin = await browser.NewPageAsync();
        await SignInAsync(admin, "admin", DemoAccounts.Password);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Администрирование" }).ClickAsync();
        await admin.ClickAsync("#new-municipality");
        await admin.FillAsync("#Code", "suvorov");
        await admin.FillAsync("#Name", "Муниципальное образование город Суворов Суворовского района");
        await admin.FillAsync("#Region", "Тульская область");
        await admin.SelectOptionAsync("#MoneyUnit", "ThousandRubles");
        await admin.FillAsync("#budget-Local", "Бюджет МО г. Суворов Суворовского района");
        await admin.ClickAsync("#save");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Муниципальное образование город Суворов Суворовского района");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Подразделения", Exact = true }).ClickAsync();
        await admin.ClickAsync("#new-department");
        await admin.FillAsync("#Code", "econ");
        await admin.FillAsync("#Name", "Комитет экономического развития администрации МО Суворовский район");
        await admin.ClickAsync("#save");
        await Assertions.Expect(admin.Locator("#departments")).ToContainTextAsync("Комитет экономического развития");

        await admin.GotoAsync("/Admin/Users/New");
        await admin.FillAsync("#UserName", "suvorov.econ");
        await admin.FillAsync("#FullName", "Орлова Наталья Сергеевна");
        await admin.SelectOptionAsync("#Role", Roles.Executor);
        await admin.SelectOptionAsync("#MunicipalityId", new SelectOptionValue { Label = "Муниципальное образование город Суворов Суворовского района" });
        await admin.SelectOptionAsync("#DepartmentId", new SelectOptionValue { Label = "Комитет экономического развития администрации МО Суворовский район" });
        await admin.ClickAsync("#save");
        var oneTime = (await admin.Locator("#one-time-password").TextContentAsync())!.Trim();
        oneTime.Should().NotBeNullOrEmpty();
        await ShotAsync(admin, "admin-setup-one-time-password-1366");

        var executor = await browser.NewPageAsync();
        await SignInAsync(executor, "suvorov.econ", oneTime);
        await Assertions.Expect(executor).ToHaveURLAsync(new Regex("/Account/ChangePassword"));
        await executor.FillAsync("#CurrentPassword", oneTime);
        await executor.FillAsync("#NewPassword", "Suvorov-2026-parol");
        await executor.FillAsync("#ConfirmPassword", "Suvorov-2026-parol");
        await executor.ClickAsync("main button[type=submit]");
        await Assertions.Expect(executor).Not.ToHaveURLAsync(new Regex("/Account/ChangePassword"));
        await executor.GotoAsync("/Reports");

        await Assertions.Expect(executor.Locator("#nothing-due")).ToContainTextAsync("Сейчас нет отчетов, которые нужно заполнить или представить.");
        await Assertions.Expect(executor.Locator("#nothing-due")).ToContainTextAsync("Вы не назначены исполнителем ни одной программы.");
        await executor.SetViewportSizeAsync(390, 844);
        await ShotAsync(executor, "admin-setup-executor-reports-390");
    }
}
