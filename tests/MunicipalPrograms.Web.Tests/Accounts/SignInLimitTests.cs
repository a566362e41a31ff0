using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using MunicipalPrograms.Web.Accounts;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Accounts;

/// <summary>Issue 17, finding 5: sign-in tells no one who has an account, and no one can lock another out.</summary>
public sealed partial class SignInLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [GeneratedRegex("<div class=\"[^\"]*validation-summary-errors[^\"]*\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    private static async Task<string> RefusalOf(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a refused sign-in stays on the login page");
        return Summary().Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())).Groups[1].Value;
    }

    [Fact]
    public async Task Unknown_user_wrong_password_and_locked_name_get_the_same_answer_and_the_lock_holds_for_one_address_only()
    {
        await Browsers.CreateUserAsync(portal, "limits.same");
        var stranger = Browsers.Open(portal, "203.0.113.9");
        var first = await RefusalOf(await stranger.LogInAsync("limits.same", "Wrong-1234"));
        first.Should().Contain(SignInService.RefusalMessage);
        for (var attempt = 2; attempt <= 5; attempt++) await stranger.LogInAsync("limits.same", "Wrong-1234");

        var unknown = await RefusalOf(await stranger.LogInAsync("limits.nobody", "Wrong-1234"));
        var lockedWithRightPassword = await RefusalOf(await stranger.LogInAsync("limits.same"));
        unknown.Should().Be(first);
        lockedWithRightPassword.Should().Be(first, "a locked name answers as a wrong password does");

        var owner = Browsers.Open(portal, "10.1.1.1");
        (await owner.LogInAsync("limits.same")).StatusCode.Should().Be(HttpStatusCode.Redirect,
            "five failures from the stranger's address do not lock the owner out at another address");

        var admin = await Browsers.SignedInAsync(portal, "admin");
        var log = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/Account/SignInLog?failures=true"));
        log.Should().Contain("limits.nobody").And.Contain("нет такого пользователя")
            .And.Contain("203.0.113.9").And.Contain("вход с этого адреса заблокирован");
        (await (await Browsers.SignedInAsync(portal, "viewer")).Client.GetAsync("/Account/SignInLog")).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "the log is the administrator's");
    }

    [Fact]
    public async Task Too_many_sign_ins_from_one_address_answer_429_in_russian_with_retry_after()
    {
        await using var limited = await portal.VariantAsync(b => b.UseSetting("SignIn:PerIpPerMinute", "3"));
        var flood = Browsers.Open(limited, "198.51.100.1");
        for (var attempt = 0; attempt < 3; attempt++)
            (await flood.LogInAsync($"flood{attempt}", "Wrong-1234")).StatusCode.Should().Be(HttpStatusCode.OK);

        var refused = await flood.LogInAsync("flood4", "Wrong-1234");
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Слишком много попыток входа");

        (await Browsers.Open(limited, "198.51.100.2").LogInAsync("viewer")).StatusCode.Should().Be(HttpStatusCode.Redirect, "another address is not limited");
    }

    [Fact]
    public async Task Too_many_sign_ins_for_one_user_name_answer_429_from_any_address()
    {
        await using var limited = await portal.VariantAsync(b => b.UseSetting("SignIn:PerUserNamePerMinute", "2"));
        for (var attempt = 0; attempt < 2; attempt++)
            (await Browsers.Open(limited, $"198.51.100.{10 + attempt}").LogInAsync("finance", "Wrong-1234")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await Browsers.Open(limited, "198.51.100.20").LogInAsync("FINANCE", "Wrong-1234");
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
    }
}
