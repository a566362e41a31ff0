using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>An endpoint that fails, added to the portal only in this test.</summary>
[AllowAnonymous]
public sealed class FailingController : Controller
{
    [HttpGet("/test/fail")]
    public IActionResult Fail() => throw new InvalidOperationException("secret connection detail Password=hunter2");
}

public sealed class ErrorPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Development")] // a developer's run (launch profile)
    [InlineData("Production")] // the run command and docker compose
    public async Task An_unhandled_error_shows_a_russian_page_and_no_stack_trace(string environment)
    {
        await using var failing = await portal.VariantAsync(b =>
        {
            b.UseEnvironment(environment);
            b.ConfigureTestServices(s => s.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly));
        });

        var response = await failing.CreateClient().GetAsync("/test/fail");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Произошла ошибка");
        html.Should().NotContain("hunter2").And.NotContain("InvalidOperationException").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("/Reports/Edit/{id}?year=0&period=Year")]
    [InlineData("/Reports/Edit/{id}?year=10000&period=Year")]
    [InlineData("/Evaluation/Program/{id}?year=2147483647")]
    public async Task A_year_outside_the_portals_years_gets_a_russian_400_that_names_it(string url)
    {
        var id = await MunicipalPrograms.Web.Tests.Reports.ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin");

        var response = await client.GetAsync(url.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("год вне 2000–2100").And.NotContain("Exception");
    }
}
