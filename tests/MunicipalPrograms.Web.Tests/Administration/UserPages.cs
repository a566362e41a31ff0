using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Accounts;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Administration;

/// <summary>Helpers of the user administration tests: the form, its messages, the one-time password page, signing in.</summary>
public static partial class UserPages
{
    [GeneratedRegex("id=\"one-time-password\">([^<]+)<")]
    private static partial Regex PasswordPattern();

    /// <summary>Opens the form at <paramref name="pageUrl"/>, fills it and posts it to /Admin/Users/Save.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient admin, string pageUrl, params (string Field, string Value)[] values)
    {
        var form = HtmlForm.Parse(await admin.GetStringAsync(pageUrl), "user-form");
        foreach (var (field, value) in values) form.Set(field, value);
        return await admin.PostAsync("/Admin/Users/Save", form.Content());
    }

    /// <summary>The message shown next to the field, or "".</summary>
    public static async Task<string> MessageForAsync(HttpResponseMessage response, string field) =>
        Regex.Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), $"data-valmsg-for=\"{field}\"[^>]*>([^<]*)<").Groups[1].Value;

    public static async Task<string> OneTimePasswordOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue("the page with the password is not kept by the browser");
        return PasswordPattern().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    public static async Task<string> IdOfAsync(PortalFactory portal, string userName)
    {
        await using var db = portal.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Posts one of the buttons of a user's page (Block, Unblock, ResetPassword).</summary>
    public static async Task<HttpResponseMessage> ActAsync(HttpClient admin, string userId, string action, string? pageUrl = null) =>
        await admin.PostFormAsync($"/Admin/Users/{userId}/{action}", await admin.GetStringAsync(pageUrl ?? "/Admin/Users"), []);

    /// <summary>Where a sign-in with that password leads: the redirect's path, or the refusal page (200).</summary>
    public static async Task<(HttpStatusCode Status, string Where, Accounts.Browser Browser)> LogInAsync(PortalFactory portal, string userName, string password)
    {
        var browser = Browsers.Open(portal);
        var response = await browser.LogInAsync(userName, password);
        var where = response.Headers.Location is { } l ? l.PathAndQueryOf() : WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, where, browser);
    }
}
