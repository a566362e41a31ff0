using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// Who reads and who edits the draft: the responsible executor (kozh.admin) edits; Finance and the viewer read the same
/// pages with the inputs disabled; another municipality's executor gets 404. The co-executor (kozh.culture) edits its own
/// activities: <see cref="CoExecutorDraftTests"/>.
/// </summary>
public sealed class DraftRightsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("finance")]
    [InlineData("viewer")]
    public async Task Others_read_the_draft_with_disabled_inputs_and_their_posts_are_forbidden(string user)
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var before = await DraftPages.PlanAsync(portal, id);
        var client = await portal.SignInAsync(user, followRedirects: false);
        var (html, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Passport"), "passport-form");

        html.Should().Contain("<fieldset disabled=\"disabled\">").And.Contain("только просмотр").And.NotContain("id=\"save\"");
        var response = await client.PostAsync(DraftPages.Url(id, "Passport"), form.Set("EndYear", "2027").Content());

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await DraftPages.PlanAsync(portal, id)).Passport.EndYear.Should().Be(before.Passport.EndYear);
    }

    [Fact]
    public async Task Activity_buttons_of_someone_who_may_not_edit_are_forbidden()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var key = (await DraftPages.PlanAsync(portal, id)).Activities[0].Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = await portal.SignInAsync("finance", followRedirects: false);
        var list = await client.GetStringAsync(DraftPages.Url(id, "Activities"));

        var removal = await client.PostFormAsync(DraftPages.Url(id, "Activities/Remove"), list, new() { ["key"] = key, ["version"] = "0" });

        removal.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        list.Should().NotContain("Activities/Remove", "no remove buttons are shown to a reader");
        (await DraftPages.PlanAsync(portal, id)).Activities[0].Key.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(key);
    }

    [Fact]
    public async Task A_foreign_program_is_404_for_reading_and_posting()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("aleksin.uorio", followRedirects: false);

        (await client.GetAsync(DraftPages.Url(id, "Passport"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var own = await client.GetStringAsync("/Programs");
        (await client.PostFormAsync(DraftPages.Url(id, "Passport"), own, new() { ["Version"] = "1", ["Name"] = "x" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_an_open_draft_the_pages_say_so_and_the_program_page_has_no_link()
    {
        await using var db = portal.CreateDbContext();
        var aleksin = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync();
        var client = await portal.SignInAsync("aleksin.uorio");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(DraftPages.Url(aleksin, "Passport")));

        html.Should().Contain("По программе нет открытого проекта изменений.").And.NotContain("passport-form");
        (await client.GetStringAsync($"/Programs/Details/{aleksin}")).Should().NotContain("id=\"draft-link\"");
    }

    [Fact]
    public async Task The_program_page_links_to_its_open_draft()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("viewer");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Programs/Details/{id}"));

        html.Should().Contain($"href=\"/Programs/{id}/Draft\">Проект изменений</a>");
        var start = WebUtility.HtmlDecode(await client.GetStringAsync(DraftPages.Url(id)));
        start.Should().Contain("Паспорт и текстовые разделы").And.Contain("мероприятий: 14").And.Contain("целей: 1, задач: 5");
    }
}
