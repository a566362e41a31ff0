using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>Every kind of response carries the browser protections, and every cookie is HttpOnly, SameSite and
/// Secure over HTTPS (ADR 0023, docs/security.md).</summary>
public sealed class SecurityHeadersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Written out here, not read from SecurityHeaders: the test states the policy the ADR decided.
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static void ShouldCarryTheHeaders(HttpResponseMessage response, HttpStatusCode status)
    {
        var what = response.RequestMessage!.RequestUri!.PathAndQuery;
        response.StatusCode.Should().Be(status, what);
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "(none)";
        Header("Content-Security-Policy").Should().Be(Policy, what);
        Header("X-Content-Type-Options").Should().Be("nosniff", what);
        Header("Referrer-Policy").Should().Be("same-origin", what);
        Header("Permissions-Policy").Should().Contain("camera=()").And.Contain("microphone=()").And.Contain("geolocation=()").And.Contain("payment=()");
        Header("X-Frame-Options").Should().Be("DENY", what);
    }

    [Fact]
    public async Task Pages_the_login_a_404_static_files_and_health_carry_the_headers()
    {
        var anonymous = portal.Anonymous();
        var signedIn = await portal.SignInAsync("finance");
        var responses = new List<(HttpResponseMessage Response, HttpStatusCode Status)>
        {
            (await anonymous.GetAsync("/Account/Login"), HttpStatusCode.OK),
            (await anonymous.GetAsync("/css/site.css"), HttpStatusCode.OK),
            (await anonymous.GetAsync("/js/page-controls.js"), HttpStatusCode.OK),
            (await anonymous.GetAsync("/health"), HttpStatusCode.OK),
            (await anonymous.GetAsync("/Programs"), HttpStatusCode.Redirect),
            (await signedIn.GetAsync("/Programs"), HttpStatusCode.OK),
            (await signedIn.GetAsync("/no/such/page"), HttpStatusCode.NotFound),
        };

        responses.Should().AllSatisfy(r => ShouldCarryTheHeaders(r.Response, r.Status));
    }

    [Fact]
    public async Task The_error_page_of_an_unhandled_exception_carries_the_headers()
    {
        // The exception handler clears the failed response's headers before it re-executes /Error.
        await using var failing = await portal.VariantAsync(b =>
            b.ConfigureTestServices(s => s.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly)));

        var response = await failing.CreateClient().GetAsync("/test/fail");

        ShouldCarryTheHeaders(response, HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Произошла ошибка");
    }

    [Fact]
    public async Task Over_https_the_sign_in_and_antiforgery_cookies_are_secure_httponly_and_same_site()
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions
            { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetAsync("/Account/Login");
        var signIn = await client.PostFormAsync("/Account/Login", await login.Content.ReadAsStringAsync(),
            new() { ["UserName"] = "viewer", ["Password"] = DemoAccounts.Password });

        var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        antiforgery.Should().Contain("; secure").And.Contain("; httponly").And.Contain("; samesite=strict");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mp.auth=", StringComparison.Ordinal));
        auth.Should().Contain("; secure").And.Contain("; httponly").And.Contain("; samesite=lax");
    }

    [Fact]
    public async Task Over_plain_http_the_sign_in_cookie_is_not_secure_so_the_loopback_run_works()
    {
        var client = portal.Anonymous();
        var signIn = await client.PostFormAsync("/Account/Login", await client.GetStringAsync("/Account/Login"),
            new() { ["UserName"] = "viewer", ["Password"] = DemoAccounts.Password });

        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mp.auth=", StringComparison.Ordinal));
        auth.Should().NotContain("secure").And.Contain("; httponly");
    }
}
