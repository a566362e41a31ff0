using System.Net;
using Microsoft.EntityFrameworkCore;
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
        int auditBefore;
        await using (var db = portal.CreateDbContext()) auditBefore = await db.AuditEntries.CountAsync();
        form.Set("Indicators[0].Actual", "90").Set("Indicators[1].Actual", "50");

        var response = await client.PostAsync($"/Reports/Preview/{id}?year=2021&period=Year", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var partial = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        partial.Should().Contain("id=\"preview-badge\"").And.NotContain("<html");
        // Seed 002, the 2021 targets: 1.1 — 54, 2.1 — 97; the other four indicators have no fact and are left out.
        // Ip = (90 / 54 + 50 / 97) / 2 = (1,6666667 + 0,5154639) / 2 = 1,0910653.
        partial.Should().Contain("id=\"ip\">1,0911<");
        // Nothing spent of the 2021 plan (4 084,48 тыс. руб., seed 002 line 252): Iэ = 0 × 1,0910653 / 4 084,48 = 0 → низкий.
        partial.Should().Contain("id=\"ie\">0,0000<").And.Contain("низкий уровень эффективности");
        (await ReportPages.ActualsAsync(portal, id, 2021)).Should().HaveCount(6).And.OnlyContain(a => a == null, "the preview saves no value");
        await using var check = portal.CreateDbContext();
        (await check.AuditEntries.CountAsync()).Should().Be(auditBefore);
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
