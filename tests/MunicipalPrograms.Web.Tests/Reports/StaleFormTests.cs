using System.Net;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// A form whose antiforgery token no longer matches answers the Russian page «Форма устарела» (status 400) with a way
/// back, never an empty 400; a form posted after the session ended leads to a sign-in page that says so.
/// </summary>
public sealed class StaleFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string WrongToken = "CfDJ8-not-a-token-of-this-portal";

    private static async Task<string> StalePageAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("<h1 class=\"h3\">Форма устарела</h1>").And.Contain("сохранены в этом браузере");
        return html;
    }

    private static HttpRequestMessage Post(string url, HttpContent content, string? referer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (referer is not null) request.Headers.Referrer = new Uri(referer);
        return request;
    }

    [Fact]
    public async Task A_report_save_with_a_wrong_token_answers_the_russian_page_leads_back_and_stores_nothing()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(client, id, 2025);
        var before = await ReportPages.ActualsAsync(portal, id, 2025);
        form.Set("Indicators[0].Actual", "61,5").Without("__RequestVerificationToken").Add("__RequestVerificationToken", WrongToken);

        var html = await StalePageAsync(await client.SendAsync(
            Post(ReportPages.Edit(id, 2025), form.Content(), referer: "http://localhost" + ReportPages.Edit(id, 2025))));

        html.Should().Contain($"href=\"{ReportPages.Edit(id, 2025)}\" id=\"stale-back\"", "the way back is the report the form came from");
        (await ReportPages.ActualsAsync(portal, id, 2025)).Should().Equal(before);
    }

    [Fact]
    public async Task A_token_issued_before_signing_in_as_someone_else_is_refused_with_the_russian_page()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var page = await executor.GetStringAsync(ReportPages.Edit(id, 2025));
        // In another tab the executor signs out and a colleague signs in: the old page's token belongs to the executor.
        (await executor.PostFormAsync("/Account/Logout", page, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await executor.PostFormAsync("/Account/Login", await executor.GetStringAsync("/Account/Login"),
            new() { ["UserName"] = "kozh.culture", ["Password"] = MunicipalPrograms.Web.Identity.DemoAccounts.Password })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await StalePageAsync(await executor.PostFormAsync(ReportPages.Edit(id, 2025), page, new() { ["Indicators[0].Actual"] = "61,5" }));
    }

    [Fact]
    public async Task A_review_action_with_a_wrong_token_answers_the_russian_page_and_a_foreign_referer_leads_home()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var finance = await portal.SignInAsync("finance", followRedirects: false);

        var html = await StalePageAsync(await finance.SendAsync(Post($"/Review/Reopen/{id}?year=2024&period=Year",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "Проверка", ["__RequestVerificationToken"] = WrongToken }), referer: "http://evil.example/Reports")));

        html.Should().Contain("href=\"/\" id=\"stale-back\"", "a page of another site is never the way back");
        await using var db = portal.CreateDbContext();
        db.Reports.Single(r => r.ProgramId == id && r.Year == 2024).Status.Should().Be(MunicipalPrograms.Domain.Common.ReportStatus.Accepted);
    }

    [Fact]
    public async Task The_sign_in_form_with_a_wrong_token_answers_the_russian_page()
    {
        var client = portal.Anonymous();
        var html = await StalePageAsync(await client.SendAsync(Post("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "kozh.admin", ["Password"] = MunicipalPrograms.Web.Identity.DemoAccounts.Password, ["__RequestVerificationToken"] = WrongToken }))));
        html.Should().Contain("id=\"stale-sign-in\"");
    }

    [Fact]
    public async Task A_form_posted_after_the_session_ended_leads_to_a_sign_in_page_that_says_so()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var page = await client.GetStringAsync(ReportPages.Edit(id, 2025));
        var anonymous = portal.Anonymous(); // the same form, the auth cookie gone

        var response = await anonymous.PostFormAsync(ReportPages.Edit(id, 2025), page, new() { ["Indicators[0].Actual"] = "61,5" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var login = response.Headers.Location!.PathAndQueryOf();
        login.Should().Be($"/Account/Login?ReturnUrl={Uri.EscapeDataString(ReportPages.Edit(id, 2025))}&sessionEnded=true");
        (await anonymous.GetDecodedAsync(login)).Should().Contain("Сеанс завершен. Войдите снова — введенные в отчет значения сохранены в этом браузере.");
        (await anonymous.GetDecodedAsync("/Account/Login")).Should().NotContain("Сеанс завершен", "only after a form lost its session");
    }

    [Fact]
    public async Task The_live_preview_without_a_session_answers_401_not_a_sign_in_page()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var anonymous = portal.Anonymous();
        var request = Post($"/Reports/Preview/{id}?year=2025&period=Year", new FormUrlEncodedContent([]));
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        (await anonymous.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
