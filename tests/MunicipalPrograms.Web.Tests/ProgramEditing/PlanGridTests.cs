using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// The plan grids over HTTP on an amendment draft of the Кожевниковский program (KZH-MP-01, 2021–2026), opened as
/// kozh.admin through the draft service. Year 2025 and activity 1.1 are left alone by every test that saves, so the
/// totals test can compare them with the demo JSON whatever order the tests run in.
/// </summary>
public sealed class PlanGridTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private sealed record Kozh(int ProgramId, int Indicator11, int Indicator21, int Activity51, int Activity11);

    private async Task<Kozh> DraftAsync()
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.SingleAsync(p => p.RegistryCode == "KZH-MP-01");
        if (!await db.ProgramDrafts.AnyAsync(d => d.ProgramId == program.Id))
        {
            var user = new UserScope("kozh.admin", Roles.Executor, program.ResponsibleExecutorId, program.MunicipalityId);
            var opened = await portal.WithScopeAsync(sp => sp.GetRequiredService<ProgramDraftService>().OpenAmendmentAsync(program.Id, user, default));
            opened.Done.Should().BeTrue(opened.FirstError);
        }
        var indicators = await db.Indicators.Where(i => i.ProgramId == program.Id).ToDictionaryAsync(i => i.Code, i => i.Id);
        var activities = await db.Activities.Where(a => a.ProgramId == program.Id).ToDictionaryAsync(a => a.Code, a => a.Id);
        return new Kozh(program.Id, indicators["1.1"], indicators["2.1"], activities["5.1"], activities["1.1"]);
    }

    private async Task<ProgramPlan> StoredPlanAsync(int programId)
    {
        await using var db = portal.CreateDbContext();
        return (await db.ProgramDrafts.SingleAsync(d => d.ProgramId == programId)).Plan();
    }

    private static async Task<(HtmlForm Form, string Html)> FormAsync(HttpClient client, string url, string formId)
    {
        var html = await client.GetStringAsync(url);
        return (HtmlForm.Parse(html, formId), html);
    }

    private static string Indicators(Kozh k) => $"/Programs/{k.ProgramId}/Draft/Indicators";
    private static string Funding(Kozh k) => $"/Programs/{k.ProgramId}/Draft/Funding";

    [Fact]
    public async Task A_planned_value_and_a_funding_cell_typed_the_Russian_way_are_stored_in_the_draft()
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync("kozh.admin");

        var (indicators, _) = await FormAsync(client, Indicators(k), "indicator-grid");
        indicators.Set($"Rows[k{k.Indicator11}].Plan[2026]", "65,5");
        var saved = await client.PostAsync(Indicators(k), indicators.Content());
        (await saved.Content.ReadAsStringAsync()).Should().Contain("Сохранено");

        var (funding, _) = await FormAsync(client, Funding(k), "funding-grid");
        funding.Set($"Cells[{k.Activity51}_Local_2026]", "1\u00A0234,56");
        (await (await client.PostAsync(Funding(k), funding.Content())).Content.ReadAsStringAsync()).Should().Contain("Сохранено");

        var plan = await StoredPlanAsync(k.ProgramId);
        plan.Indicators.Single(i => i.Key == k.Indicator11).PlanFor(new ReportingPeriod(2026, PeriodKind.Year))!.Planned.Should().Be(65.5m);
        plan.Funding.Single(f => f.ActivityKey == k.Activity51 && f.Year == 2026 && f.Source == FundingSource.Local).Planned.Should().Be(1234.56m);
        // The other values of the row are as the demo JSON has them (1.1: 54, 56, 58, 60, 62 for 2021–2025).
        plan.Indicators.Single(i => i.Key == k.Indicator11).Plans.Where(p => p.Year < 2026).Select(p => p.Planned).Should().Equal(54m, 56m, 58m, 60m, 62m);
    }

    [Theory]
    [InlineData("Plan", "12,3,4", "не число")]
    [InlineData("Plan", "abc", "не число")]
    [InlineData("Money", "-5", "не может быть отрицательным")]
    [InlineData("Money", "abc", "не число")]
    public async Task A_wrong_cell_gets_its_message_next_to_it_and_nothing_is_saved(string grid, string typed, string message)
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync("kozh.admin");
        var before = await StoredPlanAsync(k.ProgramId);
        var (url, formId) = grid == "Plan" ? (Indicators(k), "indicator-grid") : (Funding(k), "funding-grid");
        var wrong = grid == "Plan" ? $"Rows[k{k.Indicator21}].Plan[2024]" : $"Cells[{k.Activity51}_Local_2024]";
        var (form, _) = await FormAsync(client, url, formId);
        // A good change in another cell of the same post must not be stored either.
        if (grid == "Plan") form.Set($"Rows[k{k.Indicator11}].Plan[2021]", "1");
        else form.Set($"Cells[{k.Activity51}_Local_2021]", "1");
        form.Set(wrong, typed);

        var response = await client.PostAsync(url, form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Ничего не сохранено");
        html.Should().MatchRegex($"data-valmsg-for=\"{System.Text.RegularExpressions.Regex.Escape(wrong)}\">[^<]*{message}");
        HtmlForm.Parse(html, formId)[wrong].Should().Be(typed, "the typed value stays in its cell");
        ProgramPlanJson.Write(await StoredPlanAsync(k.ProgramId)).Should().Be(ProgramPlanJson.Write(before));
    }

    [Fact]
    public async Task A_value_for_a_year_outside_the_period_is_refused()
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync("kozh.admin");
        var (form, html) = await FormAsync(client, Indicators(k), "indicator-grid");
        var content = form.Content();
        var fields = (await content.ReadAsStringAsync()) + "&" + WebUtility.UrlEncode($"Rows[k{k.Indicator11}].Plan[2027]") + "=5";

        var response = await client.PostAsync(Indicators(k), new StringContent(fields, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.Should().Contain("2027 год вне срока реализации программы (2021–2026)");
        html.Should().NotContain("Plan[2027]");
        var (funding, _) = await FormAsync(client, Funding(k), "funding-grid");
        var cells = (await funding.Content().ReadAsStringAsync()) + "&" + WebUtility.UrlEncode($"Cells[{k.Activity51}_Local_2030]") + "=5";
        var refused = await client.PostAsync(Funding(k), new StringContent(cells, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("2030 год вне срока реализации программы (2021–2026)");
    }

    [Fact]
    public async Task Interim_values_of_a_chosen_year_are_shown_and_stored()
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync("kozh.admin");
        var (form, html) = await FormAsync(client, Indicators(k) + "?interim=2024", "indicator-grid");
        html.Should().Contain("2024: 1 кв.");
        form.Set($"Rows[k{k.Indicator21}].Interim[Quarter1]", "40,5").Set($"Rows[k{k.Indicator21}].Interim[NineMonths]", "80");

        (await (await client.PostAsync(Indicators(k), form.Content())).Content.ReadAsStringAsync()).Should().Contain("Сохранено");

        var indicator = (await StoredPlanAsync(k.ProgramId)).Indicators.Single(i => i.Key == k.Indicator21);
        indicator.PlanFor(new ReportingPeriod(2024, PeriodKind.Quarter1))!.Planned.Should().Be(40.5m);
        indicator.PlanFor(new ReportingPeriod(2024, PeriodKind.NineMonths))!.Planned.Should().Be(80m);
        indicator.PlanFor(new ReportingPeriod(2024, PeriodKind.HalfYear)).Should().BeNull();
    }

    [Fact]
    public async Task Funding_totals_are_computed_from_the_plan()
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync("finance");

        var html = await client.GetDecodedAsync(Funding(k));

        // Demo JSON, 2025, all from the районный бюджет (Local): 1.1 43,38 + 2.1 364,9 + 2.2 168,9 + 2.3 32 + 2.4 60 + 4.1 2 600
        // + 5.1 76,62 + 5.2 164,48 + 5.3 20 + 5.5 30 = 3 560,28.
        html.Should().MatchRegex("id=\"total-Local-2025\"[^>]*>3\u00A0560,28<");
        html.Should().MatchRegex("id=\"total-2025\"[^>]*>3\u00A0560,28<");
        html.Should().Contain("районный бюджет");
        // Activity 1.1 over 2021–2026 in the JSON: 37,88 + 43,38 + 51,84 + 43,38 + 43,38 + 80 = 299,86 (its «Итого» cell).
        html.Should().MatchRegex($"(?s)data-activity=\"{k.Activity11}\">(?:(?!</tr>).)*>299,86</td>\\s*</tr>");
    }

    [Fact]
    public async Task A_row_is_added_in_the_grid_and_stored_with_a_new_key()
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync("kozh.admin");
        var (form, _) = await FormAsync(client, Indicators(k), "indicator-grid");
        var fields = (await form.Content().ReadAsStringAsync()) + "&" + string.Join('&', new Dictionary<string, string>
        {
            ["Rows.Index"] = "n1", ["Rows[n1].Token"] = "n1", ["Rows[n1].Key"] = "0", ["Rows[n1].Code"] = "7.1",
            ["Rows[n1].Name"] = "Доля обращений, рассмотренных в срок", ["Rows[n1].Unit"] = "%", ["Rows[n1].Kind"] = "Output",
            ["Rows[n1].Direction"] = "Increase", ["Rows[n1].TargetKind"] = "Value", ["Rows[n1].Plan[2025]"] = "99,5",
        }.Select(f => WebUtility.UrlEncode(f.Key) + "=" + WebUtility.UrlEncode(f.Value)));

        var response = await client.PostAsync(Indicators(k), new StringContent(fields, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        (await response.Content.ReadAsStringAsync()).Should().Contain("Сохранено");
        var added = (await StoredPlanAsync(k.ProgramId)).Indicators.Single(i => i.Code == "7.1");
        added.Key.Should().BeNegative();
        added.Plans.Should().ContainSingle().Which.Planned.Should().Be(99.5m);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("finance")]
    public async Task Readers_see_the_grids_read_only_and_their_posts_are_forbidden(string user)
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync(user, followRedirects: false);

        var html = await client.GetStringAsync(Indicators(k));
        var post = await client.PostFormAsync(Funding(k), html, new() { ["DraftVersion"] = "1", [$"Cells[{k.Activity51}_Local_2022]"] = "1" });

        html.Should().Contain("id=\"read-only\"").And.NotContain("id=\"save\"");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_program_the_user_cannot_see_is_not_found()
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync("aleksin.uorio", followRedirects: false);

        var get = await client.GetAsync(Funding(k));
        var post = await client.PostFormAsync(Indicators(k), await client.GetStringAsync("/Programs"), new() { ["DraftVersion"] = "1" });

        get.StatusCode.Should().Be(HttpStatusCode.NotFound);
        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stale_draft_version_saves_nothing_and_keeps_the_typed_values()
    {
        var k = await DraftAsync();
        var client = await portal.SignInAsync("kozh.admin");
        var (stale, _) = await FormAsync(client, Funding(k), "funding-grid");
        var (fresh, _) = await FormAsync(client, Funding(k), "funding-grid");
        fresh.Set($"Cells[{k.Activity51}_Local_2023]", "11,11");
        (await (await client.PostAsync(Funding(k), fresh.Content())).Content.ReadAsStringAsync()).Should().Contain("Сохранено");

        stale.Set($"Cells[{k.Activity51}_Local_2023]", "22,22");
        var response = await client.PostAsync(Funding(k), stale.Content());

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("сохранил другой пользователь");
        HtmlForm.Parse(html, "funding-grid")[$"Cells[{k.Activity51}_Local_2023]"].Should().Be("22,22");
        (await StoredPlanAsync(k.ProgramId)).Funding.Single(f => f.ActivityKey == k.Activity51 && f.Year == 2023).Planned.Should().Be(11.11m);
    }
}
