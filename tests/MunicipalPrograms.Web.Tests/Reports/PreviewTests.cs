using System.Net;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

public sealed class PreviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_preview_recomputes_the_indices_from_typed_values_and_saves_nothing()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(client, id, 2021);
        var before = await client.GetStringAsync(ReportPages.Edit(id, 2021));
        form.Set("Indicators[0].Actual", "90").Set("Indicators[1].Actual", "50");

        var response = await client.PostAsync($"/Reports/Preview/{id}?year=2021&period=Year", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var partial = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        partial.Should().Contain("id=\"preview-badge\"").And.NotContain("<html");
        partial.Should().MatchRegex("id=\"ip\">\\d,\\d{4}<");
        var after = await client.GetStringAsync(ReportPages.Edit(id, 2021));
        HtmlForm.Parse(after, "report-form")["Indicators[0].Actual"].Should().Be(HtmlForm.Parse(before, "report-form")["Indicators[0].Actual"]);
    }

    [Theory]
    [InlineData("viewer", HttpStatusCode.Forbidden)]
    [InlineData("aleksin.uorio", HttpStatusCode.NotFound)]
    public async Task Only_those_who_may_edit_get_a_preview(string user, HttpStatusCode expected)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync(user, followRedirects: false);
        var page = await client.GetStringAsync(user == "viewer" ? ReportPages.Edit(id, 2021) : "/Reports?year=2021");
        (await client.PostFormAsync($"/Reports/Preview/{id}?year=2021&period=Year", page, [])).StatusCode.Should().Be(expected);
    }
}
