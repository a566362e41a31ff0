using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>The executor's save: Russian numbers, one transaction, conflicts, encoding, audit. Each test uses its own year.</summary>
public sealed class ReportEntryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Client, int Id)> ExecutorAsync()
    {
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        return (client, await ReportPages.KozhevnikovoIdAsync(portal));
    }

    private Task<decimal?[]> ActualsAsync(int id, int year) => ReportPages.ActualsAsync(portal, id, year);

    [Fact]
    public async Task Values_typed_the_russian_way_are_stored_and_the_indices_recomputed()
    {
        var (client, id) = await ExecutorAsync();
        var (_, form) = await ReportPages.OpenAsync(client, id, 2022);
        form.Set("Indicators[0].Actual", "61,5").Set("Indicators[1].Actual", "1\u00A0000").Set("Funding[0].Actual", "43,38");

        var response = await ReportPages.SaveAsync(client, id, 2022, form);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ActualsAsync(id, 2022)).Take(2).Should().Equal(61.5m, 1000m);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(ReportPages.Edit(id, 2022)));
        page.Should().Contain("Изменено значений: 3");
        // Seed 002, the 2022 targets: 1.1 — 56, 2.1 — 98. Ip = (61,5 / 56 + 1 000 / 98) / 2 = (1,0982143 + 10,2040816) / 2 = 5,6511480.
        page.Should().Contain("id=\"ip\">5,6511<");
        // 2022 plan of all funding lines: 3 763,52 тыс. руб. (seed 002, passport «ВСЕГО», line 253); spent 43,38: Iэ = 43,38 × 5,6511480 / 3 763,52 = 0,0651376.
        page.Should().Contain("id=\"ie\">0,0651<");
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("−")]
    [InlineData("12,5,1")]
    public async Task A_save_with_one_bad_field_stores_nothing_and_says_why_next_to_the_field(string bad)
    {
        var (client, id) = await ExecutorAsync();
        var before = await ActualsAsync(id, 2023);
        int auditBefore;
        await using (var db = portal.CreateDbContext()) auditBefore = await db.AuditEntries.CountAsync();
        var (_, form) = await ReportPages.OpenAsync(client, id, 2023);
        form.Set("Indicators[0].Actual", "55,5").Set("Indicators[2].Actual", bad).Set("Indicators[3].DeviationReason", "причина");

        var response = await ReportPages.SaveAsync(client, id, 2023, form);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.Should().Contain("Ничего не сохранено").And.Contain("не число");
        page.Should().Contain($"value=\"{bad}\"", "the typed value stays in the field");
        page.Should().Contain("value=\"55,5\"", "the other typed values are not lost either");
        (await ActualsAsync(id, 2023)).Should().Equal(before);
        await using (var db = portal.CreateDbContext()) (await db.AuditEntries.CountAsync()).Should().Be(auditBefore);
    }

    [Theory]
    [InlineData("-5", "не может быть отрицательным")]
    [InlineData("1,123456", "не более 5")]
    public async Task Money_is_never_negative_nor_finer_than_the_unit_allows(string bad, string message)
    {
        var (client, id) = await ExecutorAsync();
        var (_, form) = await ReportPages.OpenAsync(client, id, 2023);
        form.Set("Funding[0].Actual", bad);
        var response = await ReportPages.SaveAsync(client, id, 2023, form);
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(message);
    }

    [Fact]
    public async Task An_empty_required_value_of_a_target_group_is_refused()
    {
        var (client, id) = await ExecutorAsync();
        var (_, form) = await ReportPages.OpenAsync(client, id, 2023);
        form.Set("Texts.TargetGroups[0].Name", "Муниципальные служащие").Set("Texts.TargetGroups[0].Covered", "41");
        var response = await ReportPages.SaveAsync(client, id, 2023, form);
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Укажите общую численность целевой группы");
    }

    [Fact]
    public async Task Two_people_saving_the_same_value_get_one_conflict_and_no_lost_update()
    {
        var (first, id) = await ExecutorAsync();
        var second = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, formA) = await ReportPages.OpenAsync(first, id, 2024);
        var (_, formB) = await ReportPages.OpenAsync(second, id, 2024);

        (await ReportPages.SaveAsync(first, id, 2024, formA.Set("Indicators[0].Actual", "58"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var response = await ReportPages.SaveAsync(second, id, 2024, formB.Set("Indicators[0].Actual", "59"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.Should().Contain("уже изменил другой пользователь").And.Contain("ваше значение «59»").And.Contain("другим пользователем — «58»");
        page.Should().Contain("value=\"59\"", "the second user's value stays in the field to be checked and saved again");
        (await ActualsAsync(id, 2024)).First().Should().Be(58m);

        // Saving again after seeing the conflict is a deliberate overwrite, and it works.
        var again = HtmlForm.Parse(page, "report-form");
        (await ReportPages.SaveAsync(second, id, 2024, again)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ActualsAsync(id, 2024)).First().Should().Be(59m);
    }

    [Fact]
    public async Task Markup_typed_by_a_user_is_shown_as_text()
    {
        var (client, id) = await ExecutorAsync();
        var (_, form) = await ReportPages.OpenAsync(client, id, 2025);
        const string payload = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        form.Set("Indicators[0].DeviationReason", payload).Set("Activities[0].Done", payload);
        (await ReportPages.SaveAsync(client, id, 2025, form)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        foreach (var url in new[] { ReportPages.Edit(id, 2025), $"/Reports/History/{id}?year=2025&period=Year" })
        {
            var raw = await (await portal.SignInAsync("finance")).GetStringAsync(url);
            raw.Should().NotContain("<script>alert('xss')</script>").And.NotContain("<img src=x");
            raw.Should().Contain("&lt;script&gt;");
        }
    }

    [Fact]
    public async Task The_audit_log_stores_who_changed_what_as_codes_and_invariant_values_and_shows_it_in_russian()
    {
        var (client, id) = await ExecutorAsync();
        var (_, form) = await ReportPages.OpenAsync(client, id, 2026);
        form.Set("Indicators[1].Actual", "97,25");
        (await ReportPages.SaveAsync(client, id, 2026, form)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (_, again) = await ReportPages.OpenAsync(client, id, 2026);
        (await ReportPages.SaveAsync(client, id, 2026, again.Set("Indicators[1].Actual", "98"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using var db = portal.CreateDbContext();
        var entries = await db.AuditEntries.Where(e => e.ProgramId == id && e.Subject == AuditSubjects.IndicatorValue && e.Field == AuditField.Actual)
            .OrderBy(e => e.Id).ToListAsync();
        // Typed "97,25" then "98": stored with a point, no caption, no Russian format.
        entries.Select(e => (e.OldValue, e.NewValue)).Should().ContainInOrder((null, "97.25"), ("97.25", "98"));
        entries.Should().OnlyContain(e => e.UserName == "kozh.admin" && e.ReportId != null);

        var last = entries[^1];
        var history = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports/History/{id}?year=2026&period=Year&subject={last.Subject}&subjectId={last.SubjectId}"));
        history.Should().Contain("<td class=\"small\">Факт</td>").And.Contain("97,25").And.Contain("98").And.Contain("kozh.admin")
            .And.Contain("Показатель " + last.SubjectName);
    }
}
