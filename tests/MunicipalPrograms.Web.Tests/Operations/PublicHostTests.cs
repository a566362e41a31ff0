using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>Issue 17, finding 6: no page or redirect is built from a Host header the portal was not configured for.</summary>
public sealed class PublicHostTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private HttpClient ClientFor(string baseAddress) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    [Fact]
    public async Task A_foreign_host_header_is_refused()
    {
        var response = await ClientFor("http://evil.example").GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Location.Should().BeNull();
    }

    [Fact]
    public async Task The_sign_in_redirect_is_relative_and_ignores_forwarded_headers_from_unknown_proxies()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/Reports");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await ClientFor("http://localhost").SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.IsAbsoluteUri.Should().BeFalse();
        response.Headers.Location.OriginalString.Should().Be("/Account/Login?ReturnUrl=%2FReports");
    }

    [Fact]
    public async Task The_host_of_the_public_base_url_is_allowed()
    {
        await using var published = await portal.VariantAsync(b => b.UseSetting("Portal:PublicBaseUrl", "https://programs.example.ru/"));
        var client = published.CreateClient(new WebApplicationFactoryClientOptions
            { AllowAutoRedirect = false, BaseAddress = new Uri("http://programs.example.ru") });

        (await client.GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK);
        var foreign = published.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        (await foreign.GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
