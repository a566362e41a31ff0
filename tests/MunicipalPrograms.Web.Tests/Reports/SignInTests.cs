using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

public sealed class SignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("kozh.admin", "/Reports")]
    [InlineData("finance", "/Review")]
    [InlineData("viewer", "/Programs")]
    public async Task Each_role_lands_on_its_own_start_page(string user, string path)
    {
        var client = await portal.SignInAsync(user);
        var response = await client.GetAsync("/");
        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be(path);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_russian_and_repeated_failures_lock_the_name_for_this_address()
    {
        await portal.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            var result = await users.CreateAsync(new AppUser { UserName = "lockout.test", FullName = "Тест" }, DemoAccounts.Password);
            return result.Succeeded.Should().BeTrue();
        });
        var client = portal.Anonymous();
        string page = "";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await client.PostFormAsync("/Account/Login", await client.GetStringAsync("/Account/Login"),
                new() { ["UserName"] = "lockout.test", ["Password"] = "Wrong-1234" });
            page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            page.Should().Contain(MunicipalPrograms.Web.Accounts.SignInService.RefusalMessage);
        }

        var withRightPassword = await client.PostFormAsync("/Account/Login", await client.GetStringAsync("/Account/Login"),
            new() { ["UserName"] = "lockout.test", ["Password"] = DemoAccounts.Password });
        withRightPassword.StatusCode.Should().Be(HttpStatusCode.OK, "a locked name stays on the login page even with the right password");
        WebUtility.HtmlDecode(await withRightPassword.Content.ReadAsStringAsync()).Should().Contain(MunicipalPrograms.Web.Accounts.SignInService.RefusalMessage);
    }

    [Fact]
    public async Task After_a_refused_sign_in_the_name_stays_and_the_cursor_waits_in_the_password_field()
    {
        var client = portal.Anonymous();
        var first = await client.GetDecodedAsync("/Account/Login");
        var refused = await client.PostFormAsync("/Account/Login", first, new() { ["UserName"] = "viewer", ["Password"] = "Неверный-пароль-1" });

        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*id=\"Password\"[^>]*>").Value.Should().Contain("autofocus");
        System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*id=\"UserName\"[^>]*>").Value.Should().Contain("value=\"viewer\"").And.NotContain("autofocus");
        System.Text.RegularExpressions.Regex.Match(first, "<input[^>]*id=\"UserName\"[^>]*>").Value.Should().Contain("autofocus", "a fresh page starts at the name");
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        var client = await portal.SignInAsync("viewer", followRedirects: false);
        var page = await client.GetStringAsync("/Programs");
        var signedOut = await client.PostFormAsync("/Account/Logout", page, []);
        signedOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetDecodedAsync(signedOut.Headers.Location!.OriginalString)).Should().Contain("Вы вышли из системы.");
        var after = await client.GetAsync("/Programs");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.PathAndQueryOf().Should().Be("/Account/Login?ReturnUrl=%2FPrograms");
    }

    [Fact]
    public async Task Change_password_checks_the_policy_and_the_current_password()
    {
        await portal.WithScopeAsync(async s =>
            (await s.GetRequiredService<UserManager<AppUser>>().CreateAsync(new AppUser { UserName = "password.test", FullName = "Тест" }, DemoAccounts.Password))
                .Succeeded.Should().BeTrue());
        var client = await portal.SignInAsync("password.test", followRedirects: false);
        var page = await client.GetStringAsync("/Account/ChangePassword");

        var weak = await client.PostFormAsync("/Account/ChangePassword", page,
            new() { ["CurrentPassword"] = DemoAccounts.Password, ["NewPassword"] = "short", ["ConfirmPassword"] = "short" });
        WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync()).Should().Contain("не менее 8 символов");
        var unrepeated = await client.PostFormAsync("/Account/ChangePassword", page,
            new() { ["CurrentPassword"] = DemoAccounts.Password, ["NewPassword"] = "Новый-пароль-2026", ["ConfirmPassword"] = "" });
        WebUtility.HtmlDecode(await unrepeated.Content.ReadAsStringAsync()).Should().Contain("Повторите новый пароль.").And.NotContain("field is required");

        var wrongCurrent = await client.PostFormAsync("/Account/ChangePassword", page,
            new() { ["CurrentPassword"] = "Nope-12345", ["NewPassword"] = "Better-2026", ["ConfirmPassword"] = "Better-2026" });
        WebUtility.HtmlDecode(await wrongCurrent.Content.ReadAsStringAsync()).Should().Contain("Текущий пароль указан неверно.");

        var ok = await client.PostFormAsync("/Account/ChangePassword", page,
            new() { ["CurrentPassword"] = DemoAccounts.Password, ["NewPassword"] = "Better-2026", ["ConfirmPassword"] = "Better-2026" });
        ok.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var withNew = await LogInAsync("password.test", "Better-2026");
        withNew.StatusCode.Should().Be(HttpStatusCode.Redirect, "the new password signs in");
        withNew.Headers.Location!.OriginalString.Should().NotContain("/Account/Login");
        var withOld = await LogInAsync("password.test", DemoAccounts.Password);
        withOld.StatusCode.Should().Be(HttpStatusCode.OK, "the old password no longer signs in");
        WebUtility.HtmlDecode(await withOld.Content.ReadAsStringAsync()).Should().Contain(MunicipalPrograms.Web.Accounts.SignInService.RefusalMessage);
    }

    /// <summary>A fresh browser posting the login form.</summary>
    private async Task<HttpResponseMessage> LogInAsync(string userName, string password)
    {
        var client = portal.Anonymous();
        return await client.PostFormAsync("/Account/Login", await client.GetStringAsync("/Account/Login"),
            new() { ["UserName"] = userName, ["Password"] = password });
    }
}
