using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Issue 18: a few minutes before an idle session ends (Sessions:IdleMinutes, 30 by default) the page warns and offers
/// to stay signed in; «Продолжить работу» reaches the server and starts the count again. The browser's clock is moved
/// (Playwright's clock), not waited for.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionWarningTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_page_warns_before_the_idle_session_ends_and_continuing_keeps_it()
    {
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", "viewer");
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        var warning = page.Locator("#session-warning");
        await Assertions.Expect(warning).ToHaveCountAsync(0);

        await page.Clock.FastForwardAsync("27:30"); // 30 − 3 minutes have passed (and a half)
        await Assertions.Expect(warning).ToContainTextAsync("Сеанс завершится через 3 мин. из-за бездействия.");
        var keepAlive = page.WaitForResponseAsync(r => r.Url.Contains("/Account/KeepAlive"));
        await warning.GetByRole(AriaRole.Button, new() { Name = "Продолжить работу" }).ClickAsync();

        (await keepAlive).Status.Should().Be(204, "the session is still open and the request slid it");
        await Assertions.Expect(warning).ToHaveCountAsync(0);
        await page.Clock.FastForwardAsync("27:30");
        await Assertions.Expect(warning).ToContainTextAsync("Сеанс завершится через 3 мин.", new() { Timeout = 5000 });
        await page.Clock.FastForwardAsync("03:00");
        await Assertions.Expect(warning).ToContainTextAsync("Сеанс завершен из-за бездействия.");
        await Assertions.Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Войти снова" })).ToBeVisibleAsync();
    }
}
