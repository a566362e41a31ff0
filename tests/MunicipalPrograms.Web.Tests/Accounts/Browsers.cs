using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Accounts;

/// <summary>A browser whose cookies a test can read (to copy the sign-in cookie, as someone at a shared computer could).</summary>
public sealed record Browser(HttpClient Client, CookieContainer Jar)
{
    public string AuthCookie => Jar.GetCookies(new Uri("http://localhost"))["mp.auth"]?.Value
        ?? throw new InvalidOperationException("Not signed in.");
}

public static class Browsers
{
    /// <summary>A client that does not follow redirects, from the given address.</summary>
    public static Browser Open(WebApplicationFactory<Program> portal, string address = "127.0.0.1")
    {
        var jar = new CookieContainer();
        var client = portal.CreateDefaultClient(new CookieContainerHandler(jar));
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, address);
        return new Browser(client, jar);
    }

    public static async Task<HttpResponseMessage> LogInAsync(this Browser browser, string userName, string password = DemoAccounts.Password) =>
        await browser.Client.PostFormAsync("/Account/Login", await browser.Client.GetStringAsync("/Account/Login"),
            new() { ["UserName"] = userName, ["Password"] = password });

    public static async Task<Browser> SignedInAsync(WebApplicationFactory<Program> portal, string userName, string address = "127.0.0.1")
    {
        var browser = Open(portal, address);
        (await browser.LogInAsync(userName)).StatusCode.Should().Be(HttpStatusCode.Redirect, $"{userName} signs in");
        return browser;
    }

    /// <summary>Another client that sends only the copied sign-in cookie.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(WebApplicationFactory<Program> portal, string url, string authCookie)
    {
        var thief = portal.CreateDefaultClient();
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"mp.auth={authCookie}");
        return await thief.SendAsync(request);
    }

    public static async Task CreateUserAsync(PortalFactory portal, string userName, string role = Roles.Viewer) =>
        await portal.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = userName, FullName = "Тест" };
            (await users.CreateAsync(user, DemoAccounts.Password)).Succeeded.Should().BeTrue();
            return (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        });
}
