using System.Net;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>Every role × every action of the report screens: allowed, or 403/404 — never data.</summary>
public sealed class AccessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, HttpStatusCode> Pages => new()
    {
        { "admin", "/Review", HttpStatusCode.OK },
        { "finance", "/Review", HttpStatusCode.OK },
        { "viewer", "/Review", HttpStatusCode.Forbidden },
        { "kozh.admin", "/Review", HttpStatusCode.Forbidden },
        { "kozh.admin", "/Reports", HttpStatusCode.OK },
        { "viewer", "/Programs", HttpStatusCode.OK },
        { "kozh.admin", "/Evaluation", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_answer_by_role(string user, string url, HttpStatusCode expected)
    {
        var client = await portal.SignInAsync(user, followRedirects: false);
        (await client.GetAsync(url)).StatusCode.Should().Be(expected);
    }

    [Theory]
    [InlineData("kozh.admin", HttpStatusCode.OK)]     // responsible executor
    [InlineData("kozh.culture", HttpStatusCode.OK)]   // executor of some activities
    [InlineData("aleksin.uorio", HttpStatusCode.NotFound)] // another municipality's executor: a foreign id
    [InlineData("finance", HttpStatusCode.OK)]
    [InlineData("viewer", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Report_page_is_seen_only_by_those_who_may(string user, HttpStatusCode expected)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync(user, followRedirects: false);
        (await client.GetAsync(ReportPages.Edit(id, 2021))).StatusCode.Should().Be(expected);
        (await client.GetAsync($"/Reports/History/{id}?year=2021&period=Year")).StatusCode.Should().Be(expected);
    }

    [Theory]
    [InlineData("kozh.admin", HttpStatusCode.Redirect)] // saved (nothing changed) and sent back to the page
    [InlineData("kozh.culture", HttpStatusCode.Redirect)]
    [InlineData("viewer", HttpStatusCode.Forbidden)]
    [InlineData("finance", HttpStatusCode.Forbidden)]
    public async Task Saving_a_report_needs_an_executor(string user, HttpStatusCode expected)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var owner = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(owner, id, 2021);
        var client = await portal.SignInAsync(user, followRedirects: false);
        var (html, _) = await ReportPages.OpenAsync(client, id, 2021);
        form.Set("__RequestVerificationToken", PortalClients.TokenOf(html));

        (await ReportPages.SaveAsync(client, id, 2021, form)).StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task A_foreign_executor_cannot_post_to_another_municipalitys_report()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("aleksin.uorio", followRedirects: false);
        var home = await client.GetStringAsync("/Reports?year=2024");
        (await client.PostFormAsync(ReportPages.Edit(id, 2021), home, [])).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.PostFormAsync($"/Reports/Submit/{id}?year=2021&period=Year", home, [])).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("kozh.culture")] // a co-executor does not submit
    [InlineData("viewer")]
    [InlineData("finance")]
    public async Task Only_the_responsible_executor_submits(string user)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync(user, followRedirects: false);
        var (html, _) = await ReportPages.OpenAsync(client, id, 2021);
        (await ReportPages.ActAsync(client, html, $"/Reports/Submit/{id}?year=2021&period=Year")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("kozh.admin", "Accept")]
    [InlineData("kozh.admin", "Return")]
    [InlineData("viewer", "Accept")]
    [InlineData("viewer", "Reopen")]
    [InlineData("kozh.culture", "Extend")]
    public async Task Only_finance_reviews(string user, string action)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync(user, followRedirects: false);
        var (html, _) = await ReportPages.OpenAsync(client, id, 2021);
        var response = await ReportPages.ActAsync(client, html, $"/Review/{action}/{id}?year=2021&period=Year", new() { ["reason"] = "тест" });
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/Reports")]
    [InlineData("/Review")]
    [InlineData("/Programs")]
    [InlineData("/Evaluation")]
    public async Task Anonymous_users_are_sent_to_sign_in(string url)
    {
        var response = await portal.Anonymous().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQueryOf().Should().Be("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(url));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(client, id, 2021);
        form.Without("__RequestVerificationToken");

        (await ReportPages.SaveAsync(client, id, 2021, form)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsync($"/Reports/Submit/{id}?year=2021&period=Year", new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}

/// <summary>The report forms answer only to those who may see their programs.</summary>
public sealed class FormAccessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("aleksin.uorio", HttpStatusCode.NotFound)] // another municipality's program
    [InlineData("kozh.admin", HttpStatusCode.OK)]
    [InlineData("viewer", HttpStatusCode.OK)]
    public async Task A_programs_forms_are_exported_only_to_those_who_see_it(string user, HttpStatusCode expected)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync(user, followRedirects: false);
        (await client.GetAsync($"/forms/programs/{id}/passport/xlsx")).StatusCode.Should().Be(expected);
    }

    [Theory]
    [InlineData("kozh.admin", HttpStatusCode.Forbidden)]
    [InlineData("finance", HttpStatusCode.OK)]
    [InlineData("viewer", HttpStatusCode.OK)]
    public async Task The_consolidated_report_is_for_finance_and_viewers(string user, HttpStatusCode expected)
    {
        var client = await portal.SignInAsync(user, followRedirects: false);
        (await client.GetAsync("/forms/consolidated/xlsx?year=2024")).StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task Anonymous_users_get_no_form()
    {
        var response = await portal.Anonymous().GetAsync("/forms/registry/xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQueryOf().Should().Be("/Account/Login?ReturnUrl=%2Fforms%2Fregistry%2Fxlsx");
    }
}
