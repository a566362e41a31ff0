using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// A co-executor (kozh.culture, an executor of activities 4.1 and 4.2 of the Кожевниковский program) edits its own
/// activities in the amendment draft opened by the responsible executor: their forms (not code, place or executors) and
/// their funding cells. Anything else is read-only on the pages and refused with a message when posted anyway.
/// </summary>
public sealed class CoExecutorDraftTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Key(int key) => key.ToString(CultureInfo.InvariantCulture);

    private async Task<(int Id, ProgramPlan Plan, HttpClient Client)> OpenAsync()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.culture", followRedirects: false);
        return (id, await DraftPages.PlanAsync(portal, id), client);
    }

    private static PlanActivity Activity(ProgramPlan plan, string code) => plan.Activities.Single(a => a.Code == code);

    private async Task<List<AuditEntry>> EntriesAsync(int id, string field)
    {
        await using var db = portal.CreateDbContext();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.ProgramId == id && e.Subject == AuditSubjects.ProgramDraft && e.Field == field).ToListAsync();
    }

    [Fact]
    public async Task The_co_executor_renames_its_own_activity_and_the_entry_is_its_own()
    {
        var (id, plan, client) = await OpenAsync();
        var own = Activity(plan, "4.2");
        var (html, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, $"Activities/{Key(own.Key)}"), "activity-form");

        var response = await client.PostAsync(DraftPages.Url(id, "Activities/Save"),
            form.Set("Name", "Размещение информации в областных СМИ (новая редакция)").Set("PlannedEnd", "30.06.2026").Content());

        html.Should().Contain("id=\"own-activity\"").And.NotContain("<fieldset disabled=\"disabled\">").And.Contain("id=\"save\"")
            .And.Contain("id=\"ParentKey\" disabled=\"disabled\"").And.Contain("id=\"Code\" name=\"Code\"");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = Activity(await DraftPages.PlanAsync(portal, id), "4.2");
        saved.Name.Should().Be("Размещение информации в областных СМИ (новая редакция)");
        saved.PlannedEnd.Should().Be(new DateOnly(2026, 6, 30));
        saved.ExecutorIds.Should().Equal(own.ExecutorIds);
        var entry = (await EntriesAsync(id, "Activity.name")).Should().ContainSingle(e => e.SubjectId == own.Key).Subject;
        entry.UserName.Should().Be("kozh.culture");
        entry.NewValue.Should().Be("Размещение информации в областных СМИ (новая редакция)");
    }

    [Fact]
    public async Task Another_activity_is_read_only_and_a_forged_post_is_refused_with_its_name()
    {
        var (id, plan, client) = await OpenAsync();
        var other = Activity(plan, "5.1");
        var (html, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, $"Activities/{Key(other.Key)}"), "activity-form");

        var response = await client.PostAsync(DraftPages.Url(id, "Activities/Save"), form.Set("Name", "Чужое мероприятие").Content());

        html.Should().Contain("<fieldset disabled=\"disabled\">").And.NotContain("id=\"save\"");
        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(
            $"Мероприятие 5.1 «{other.Name}» изменяют ответственный исполнитель и исполнители этого мероприятия. Ничего не сохранено.");
        Activity(await DraftPages.PlanAsync(portal, id), "5.1").Name.Should().Be(other.Name);
        (await EntriesAsync(id, "Activity.name")).Should().NotContain(e => e.SubjectId == other.Key);
    }

    [Fact]
    public async Task The_code_and_executors_of_an_own_activity_and_its_removal_are_refused()
    {
        var (id, plan, client) = await OpenAsync();
        var own = Activity(plan, "4.1");
        var (_, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, $"Activities/{Key(own.Key)}"), "activity-form");
        var list = await client.GetStringAsync(DraftPages.Url(id, "Activities"));

        var recoded = await client.PostAsync(DraftPages.Url(id, "Activities/Save"), form.Set("Code", "4.9").Content());
        var removal = await client.PostFormAsync(DraftPages.Url(id, "Activities/Remove"), list,
            new() { ["key"] = Key(own.Key), ["version"] = Key((int)(await DraftVersionAsync(id))) });

        recoded.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await recoded.Content.ReadAsStringAsync()).Should().Contain(
            "Мероприятие 4.1 «Печатные СМИ»: код, вид, место в перечне, задачу, подпрограмму и исполнителей, добавление и удаление изменяет ответственный исполнитель.");
        removal.StatusCode.Should().Be(HttpStatusCode.Redirect);
        list.Should().Contain("вы исполнитель").And.NotContain("Activities/Remove");
        var after = await DraftPages.PlanAsync(portal, id);
        Activity(after, "4.1").Code.Should().Be("4.1");
        after.Activities.Should().HaveCount(plan.Activities.Count);
    }

    [Fact]
    public async Task The_passport_post_of_a_co_executor_is_refused_with_a_message()
    {
        var (id, plan, client) = await OpenAsync();
        var (html, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Passport"), "passport-form");

        var response = await client.PostAsync(DraftPages.Url(id, "Passport"), form.Set("Curator", "Подделанный куратор").Content());

        html.Should().Contain("<fieldset disabled=\"disabled\">").And.Contain("вы изменяете свои мероприятия").And.NotContain("id=\"save\"");
        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Паспорт программы изменяет ответственный исполнитель. Ничего не сохранено.");
        (await DraftPages.PlanAsync(portal, id)).Passport.Curator.Should().Be(plan.Passport.Curator);
    }

    [Fact]
    public async Task The_co_executor_types_its_own_funding_cell_and_the_others_are_read_only()
    {
        var (id, plan, client) = await OpenAsync();
        var own = Activity(plan, "4.2");
        var other = Activity(plan, "2.1");
        var (html, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Funding"), "funding-grid");

        var response = await client.PostAsync(DraftPages.Url(id, "Funding"), form.Set($"Cells[{Key(own.Key)}_Local_2025]", "12 345,67").Content());

        InputOf(html, $"Cells_{Key(own.Key)}_Local_2025").Should().NotContain("readonly");
        InputOf(html, $"Cells_{Key(other.Key)}_Local_2025").Should().Contain("readonly=\"readonly\"");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await DraftPages.PlanAsync(portal, id)).Funding
            .Single(f => f.ActivityKey == own.Key && f.Year == 2025 && f.Source == FundingSource.Local && f.ExecutorId is null).Planned.Should().Be(12345.67m);
        (await EntriesAsync(id, "Funding.funding:Local@2025/Year")).Should().ContainSingle(e => e.SubjectId == own.Key)
            .Which.UserName.Should().Be("kozh.culture");
    }

    [Fact]
    public async Task A_forged_funding_cell_of_another_activity_is_refused_and_nothing_is_saved()
    {
        var (id, plan, client) = await OpenAsync();
        var own = Activity(plan, "4.1");
        var other = Activity(plan, "2.1");
        var (_, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Funding"), "funding-grid");

        var response = await client.PostAsync(DraftPages.Url(id, "Funding"), form
            .Set($"Cells[{Key(own.Key)}_Local_2026]", "1 000,00").Set($"Cells[{Key(other.Key)}_Local_2026]", "999 999,00").Content());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(
            $"Финансирование мероприятия 2.1 «{other.Name}» изменяют ответственный исполнитель и исполнители этого мероприятия. Ничего не сохранено.");
        var after = await DraftPages.PlanAsync(portal, id);
        after.Funding.Where(f => f.ActivityKey == own.Key || f.ActivityKey == other.Key).Select(f => (f.ActivityKey, f.Year, f.Source, f.Planned))
            .Should().BeEquivalentTo(plan.Funding.Where(f => f.ActivityKey == own.Key || f.ActivityKey == other.Key).Select(f => (f.ActivityKey, f.Year, f.Source, f.Planned)));
    }

    [Fact]
    public async Task The_co_executor_plans_the_indicator_of_its_activity_and_not_another()
    {
        var (id, plan, client) = await OpenAsync();
        var own = plan.Indicators.Single(i => i.Code == "5.1");
        var other = plan.Indicators.Single(i => i.Code == "6.1");
        await AttachAsync(id, plan, own.Key, Activity(plan, "4.1").Key);
        var (html, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Indicators"), "indicator-grid");

        var saved = await client.PostAsync(DraftPages.Url(id, "Indicators"), form.Set($"Rows[k{Key(own.Key)}].Plan[2026]", "77,5").Content());
        var (_, again) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Indicators"), "indicator-grid");
        var refused = await client.PostAsync(DraftPages.Url(id, "Indicators"), again.Set($"Rows[k{Key(other.Key)}].Plan[2026]", "1").Content());

        InputOf(html, $"Rows_k{Key(own.Key)}__Plan_2026_").Should().NotContain("readonly");
        InputOf(html, $"Rows_k{Key(other.Key)}__Plan_2026_").Should().Contain("readonly");
        InputOf(html, $"Rows[k{Key(own.Key)}]_Code").Should().Contain("readonly");
        html.Should().Contain("id=\"save\"").And.NotContain("id=\"add-row\"");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain(
            $"Плановые значения показателя 6.1 «{other.Name}» изменяют ответственный исполнитель и исполнители мероприятия, к которому привязан показатель.");
        var after = await DraftPages.PlanAsync(portal, id);
        after.Indicators.Single(i => i.Key == own.Key).Plans.Single(p => p.Year == 2026 && p.Period == PeriodKind.Year).Planned.Should().Be(77.5m);
        after.Indicators.Single(i => i.Key == other.Key).Plans.Single(p => p.Year == 2026 && p.Period == PeriodKind.Year).Planned
            .Should().Be(other.Plans.Single(p => p.Year == 2026 && p.Period == PeriodKind.Year).Planned);
        (await EntriesAsync(id, "PlannedValue.planned@2026/Year")).Should().ContainSingle(e => e.SubjectId == own.Key).Which.UserName.Should().Be("kozh.culture");
    }

    /// <summary>The responsible executor attaches an indicator to an activity (the demo's indicators are the program's).</summary>
    private async Task AttachAsync(int id, ProgramPlan plan, int indicator, int activity)
    {
        await using var db = portal.CreateDbContext();
        var municipality = await db.Programs.Where(p => p.Id == id).Select(p => p.MunicipalityId).SingleAsync();
        var user = new Access.UserScope("kozh.admin", Identity.Roles.Executor, await DraftPages.DepartmentAsync(portal, "admin"), municipality);
        var version = await DraftVersionAsync(id);
        var current = await DraftPages.PlanAsync(portal, id);
        var linked = current.Indicators.Single(i => i.Key == indicator);
        (linked.GoalKey, linked.ObjectiveKey, linked.SubprogramKey, linked.ActivityKey) = (null, null, null, activity);
        var result = await portal.WithScopeAsync(sp => sp.GetRequiredService<ProgramDraftService>().SaveAsync(id, version, current, user, CancellationToken.None));
        result.Done.Should().BeTrue(result.FirstError);
    }

    private async Task<uint> DraftVersionAsync(int id)
    {
        await using var db = portal.CreateDbContext();
        return (await db.ProgramDrafts.AsNoTracking().SingleAsync(d => d.ProgramId == id)).Version;
    }

    private static string InputOf(string html, string id) =>
        Regex.Match(html, $"<input[^>]*id=\"{Regex.Escape(id)}\"[^>]*>").Value is { Length: > 0 } tag ? tag : throw new InvalidOperationException($"No input #{id}.");
}
