using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Accounts;

/// <summary>Issue 17, finding 2: a session ends on the server, so a copied cookie ends with it.</summary>
public sealed class SessionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_copied_cookie_stops_working_after_sign_out()
    {
        var browser = await Browsers.SignedInAsync(portal, "viewer");
        var copied = browser.AuthCookie;
        (await Browsers.GetWithCookieAsync(portal, "/Programs", copied)).StatusCode.Should().Be(HttpStatusCode.OK, "the copy works while the session is open");

        var page = await browser.Client.GetStringAsync("/Programs");
        (await browser.Client.PostFormAsync("/Account/Logout", page, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = await Browsers.GetWithCookieAsync(portal, "/Programs", copied);
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.PathAndQueryOf().Should().StartWith("/Account/Login");
    }

    [Fact]
    public async Task A_password_change_ends_every_session_and_keeps_the_browser_that_made_it_signed_in()
    {
        await Browsers.CreateUserAsync(portal, "sessions.password");
        var other = await Browsers.SignedInAsync(portal, "sessions.password", "10.0.0.2");
        var browser = await Browsers.SignedInAsync(portal, "sessions.password");
        var copied = browser.AuthCookie;

        var page = await browser.Client.GetStringAsync("/Account/ChangePassword");
        var changed = await browser.Client.PostFormAsync("/Account/ChangePassword", page,
            new() { ["CurrentPassword"] = Web.Identity.DemoAccounts.Password, ["NewPassword"] = "Better-2026", ["ConfirmPassword"] = "Better-2026" });
        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await Browsers.GetWithCookieAsync(portal, "/Programs", copied)).StatusCode.Should().Be(HttpStatusCode.Redirect, "the copy of the old cookie is dead");
        (await other.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the other browser is signed out");
        (await browser.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.OK, "the browser that changed it goes on in a new session");
        browser.AuthCookie.Should().NotBe(copied);
    }

    [Fact]
    public async Task The_sessions_page_lists_the_open_sessions_and_ends_another_one()
    {
        await Browsers.CreateUserAsync(portal, "sessions.list");
        var office = await Browsers.SignedInAsync(portal, "sessions.list", "10.0.0.7");
        var home = await Browsers.SignedInAsync(portal, "sessions.list", "192.168.1.5");

        var page = WebUtility.HtmlDecode(await home.Client.GetStringAsync("/Account/Sessions"));
        page.Should().Contain("Мои сеансы").And.Contain("10.0.0.7").And.Contain("192.168.1.5").And.Contain("этот сеанс");
        var ends = Regex.Matches(page, "action=\"/Account/EndSession/(\\d+)\"");
        ends.Should().ContainSingle("only the other session can be ended here");

        var ended = await home.Client.PostFormAsync($"/Account/EndSession/{ends[0].Groups[1].Value}", page, []);
        ended.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await office.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the office session is over");
        (await home.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await home.Client.GetStringAsync("/Account/Sessions")).Should().NotContain("10.0.0.7");
    }

    [Fact]
    public async Task An_idle_session_ends_on_the_server_when_the_clock_passes_the_idle_time()
    {
        var clock = new MovableClock(new ShiftedTimeProvider(portal.Today));
        await using var moved = await portal.VariantAsync(b =>
        {
            b.UseSetting("Sessions:IdleMinutes", "30");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        var browser = await Browsers.SignedInAsync(moved, "viewer");

        clock.Advance(TimeSpan.FromMinutes(29));
        (await browser.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.OK, "29 minutes idle is within the limit, and this use slides it");
        clock.Advance(TimeSpan.FromMinutes(29));
        (await browser.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.OK, "29 minutes after the last use");
        clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await browser.Client.GetAsync("/Programs");
        idle.StatusCode.Should().Be(HttpStatusCode.Redirect, "31 minutes idle: the server ended it although the cookie itself is valid for hours");
        idle.Headers.Location!.PathAndQueryOf().Should().StartWith("/Account/Login");
    }

    [Fact]
    public async Task A_session_in_use_ends_at_its_absolute_lifetime()
    {
        var clock = new MovableClock(new ShiftedTimeProvider(portal.Today));
        await using var moved = await portal.VariantAsync(b =>
        {
            b.UseSetting("Sessions:AbsoluteHours", "1");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        var browser = await Browsers.SignedInAsync(moved, "viewer");
        clock.Advance(TimeSpan.FromMinutes(25));
        (await browser.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(25));
        (await browser.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(11));
        (await browser.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.Redirect, "61 minutes after sign-in, though used 11 minutes ago");
    }
}

/// <summary>A clock a test moves forward while the portal runs.</summary>
public sealed class MovableClock(TimeProvider start) : TimeProvider
{
    private TimeSpan _moved;

    public void Advance(TimeSpan by) => _moved += by;

    public override DateTimeOffset GetUtcNow() => start.GetUtcNow() + _moved;
}
