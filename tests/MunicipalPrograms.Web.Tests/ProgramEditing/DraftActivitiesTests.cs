using System.Globalization;
using System.Net;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>Activities of the Кожевниковский draft (14 activities 1.1–5.6 at the top level, kozhevnikovo-2021-2026.json).</summary>
public sealed class DraftActivitiesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Activities_are_added_as_a_tree_moved_and_a_parent_is_kept_while_it_has_children()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var culture = await DraftPages.DepartmentAsync(portal, "culture");
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);

        var (_, main) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Activities/New"), "activity-form");
        main.Set("Code", "6").Set("Name", "Развитие открытых данных").Set("Kind", "MainActivity").Set("PlannedStart", "01.01.2025").Set("PlannedEnd", "31.12.2026");
        (await client.PostAsync(DraftPages.Url(id, "Activities/Save"), main.Content())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var parent = (await DraftPages.PlanAsync(portal, id)).Activities.Single(a => a.Code == "6");

        var (_, child) = await DraftPages.OpenAsync(client, DraftPages.Url(id, $"Activities/New?parent={parent.Key}"), "activity-form");
        child["ParentKey"].Should().Be(parent.Key.ToString(CultureInfo.InvariantCulture));
        child.Set("Code", "6.1").Set("Name", "Публикация наборов открытых данных").Set("StructureCode", "04 0 06 1")
            .Set("PlannedStart", "01.03.2025").Set("PlannedEnd", "30.11.2025").Set("ExpectedResults", "2025: Опубликовано 10 наборов");
        // Ticking boxes: the investment flag and the culture department as the only executor (the parent has none).
        var ticked = await WithAsync(child, ("IsInvestment", "true"), ("ExecutorIds", culture.ToString(CultureInfo.InvariantCulture)));
        (await client.PostAsync(DraftPages.Url(id, "Activities/Save"), ticked)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var plan = await DraftPages.PlanAsync(portal, id);
        plan.Activities.Select(a => a.Code).TakeLast(2).Should().Equal("6", "6.1");
        var saved = plan.Activities.Single(a => a.Code == "6.1");
        saved.ParentKey.Should().Be(parent.Key);
        (saved.PlannedStart, saved.PlannedEnd).Should().Be((new DateOnly(2025, 3, 1), new DateOnly(2025, 11, 30)));
        (saved.StructureCode, saved.IsInvestment).Should().Be(("04 0 06 1", true));
        saved.ExecutorIds.Should().Equal(culture);
        saved.ExpectedResults.Should().ContainSingle(r => r.Year == 2025 && r.Text == "Опубликовано 10 наборов");

        var list = await client.GetStringAsync(DraftPages.Url(id, "Activities"));
        var removal = await client.PostFormAsync(DraftPages.Url(id, "Activities/Remove"), list, new()
        {
            ["key"] = parent.Key.ToString(CultureInfo.InvariantCulture), ["version"] = VersionOf(list),
        });
        removal.StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await client.GetStringAsync(DraftPages.Url(id, "Activities")))
            .Should().Contain("Мероприятие 6 «Развитие открытых данных» нельзя удалить: в него входят другие мероприятия.");
        (await DraftPages.PlanAsync(portal, id)).Activities.Should().Contain(a => a.Code == "6");

        list = await client.GetStringAsync(DraftPages.Url(id, "Activities"));
        (await client.PostFormAsync(DraftPages.Url(id, "Activities/Move"), list, new()
        {
            ["key"] = parent.Key.ToString(CultureInfo.InvariantCulture), ["direction"] = "up", ["version"] = VersionOf(list),
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var afterMove = WebUtility.HtmlDecode(await client.GetStringAsync(DraftPages.Url(id, "Activities")));
        afterMove.Should().NotContain("alert-danger");
        (await DraftPages.PlanAsync(portal, id)).Activities.Select(a => a.Code).TakeLast(3).Should().Equal("6", "6.1", "5.6"); // 6 moved above 5.6, its child with it
    }

    [Fact]
    public async Task Editing_an_activity_checks_its_dates_and_parent_and_saves_the_change()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var key = (await DraftPages.PlanAsync(portal, id)).Activities.Single(a => a.Code == "5.6").Key;
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var url = DraftPages.Url(id, $"Activities/{key}");
        var (_, form) = await DraftPages.OpenAsync(client, url, "activity-form");

        var bad = await client.PostAsync(DraftPages.Url(id, "Activities/Save"),
            form.Set("PlannedStart", "01.06.2025").Set("PlannedEnd", "01.05.2025").Set("ParentKey", key.ToString(CultureInfo.InvariantCulture)).Content());

        bad.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        html.Should().Contain("Дата окончания не может быть раньше даты начала.");
        html.Should().Contain("Мероприятие не может входить в само себя или в свое вложенное мероприятие.");
        (_, form) = await DraftPages.OpenAsync(client, url, "activity-form");
        var good = await client.PostAsync(DraftPages.Url(id, "Activities/Save"), form.Set("PlannedStart", "01.06.2025").Set("PlannedEnd", "30.06.2025").Content());

        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = (await DraftPages.PlanAsync(portal, id)).Activities.Single(a => a.Key == key);
        (saved.PlannedStart, saved.PlannedEnd).Should().Be((new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30)));
    }

    /// <summary>The form's fields and some more, as ticked checkboxes add them.</summary>
    private static async Task<FormUrlEncodedContent> WithAsync(HtmlForm form, params (string Name, string Value)[] more)
    {
        var fields = (await form.Content().ReadAsStringAsync()).Split('&').Select(p => p.Split('='))
            .Select(p => new KeyValuePair<string, string>(WebUtility.UrlDecode(p[0]), WebUtility.UrlDecode(p[1])));
        return new FormUrlEncodedContent(fields.Concat(more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value))));
    }

    private static string VersionOf(string html)
    {
        var at = html.IndexOf("name=\"version\" value=\"", StringComparison.Ordinal);
        at.Should().BePositive("the list's buttons carry the draft's version");
        var start = at + "name=\"version\" value=\"".Length;
        return html[start..html.IndexOf('"', start)];
    }
}
