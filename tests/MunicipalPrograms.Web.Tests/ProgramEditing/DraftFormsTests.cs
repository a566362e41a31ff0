using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// The draft forms through HTTP on the Кожевниковский program (2021–2026, InForce, редакция with 1 goal of 5 objectives,
/// 14 activities 1.1–5.6, no subprograms: kozhevnikovo-2021-2026.json): each form's change lands in the draft's plan.
/// </summary>
public sealed class DraftFormsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_passport_is_saved_into_the_draft_with_one_audit_entry_per_changed_field()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Passport"), "passport-form");
        form["EndYear"].Should().Be("2026");

        // 1.8: the approved end is 2026, so 2028 is the latest allowed (2026 + 2).
        form.Set("EndYear", "2028").Set("Stages", "I этап: 2021–2024; II этап: 2025–2028")
            .Set("ExpectedResults", "Доля услуг в электронном виде — 80 %\nОбучено 40 служащих");
        var response = await client.PostAsync(DraftPages.Url(id, "Passport"), form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQueryOf().Should().Be(DraftPages.Url(id, "Passport"));
        var passport = (await DraftPages.PlanAsync(portal, id)).Passport;
        passport.EndYear.Should().Be(2028);
        passport.Stages.Should().Be("I этап: 2021–2024; II этап: 2025–2028");
        passport.ExpectedResults.Should().Equal("Доля услуг в электронном виде — 80 %", "Обучено 40 служащих");
        await using var db = portal.CreateDbContext();
        var entries = await db.AuditEntries.Where(e => e.ProgramId == id && e.Subject == AuditSubjects.ProgramDraft && e.Field.StartsWith("Passport."))
            .ToListAsync();
        entries.Should().ContainSingle(e => e.Field == "Passport.end_year" && e.OldValue == "2026" && e.NewValue == "2028" && e.UserName == "kozh.admin");
        entries.Should().ContainSingle(e => e.Field == "Passport.stages" && e.OldValue == "2020-2026 годы");
        entries.Should().ContainSingle(e => e.Field == "Passport.expected_results" && e.OldValue == null);
    }

    [Theory]
    [InlineData("EndYear", "2029", "Срок можно продлить не более чем на 2 года сверх утвержденного (2026): не позднее 2028 года (п. 1.8).")]
    [InlineData("StartYear", "21", "«21» — не год. Укажите год четырьмя цифрами, например 2025.")]
    [InlineData("Name", "", "Укажите наименование программы.")]
    [InlineData("RegistryCode", "", "Укажите код программы в перечне.")]
    public async Task A_bad_passport_value_gets_its_message_and_nothing_is_saved(string field, string value, string message)
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var before = await DraftPages.PlanAsync(portal, id);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Passport"), "passport-form");

        var response = await client.PostAsync(DraftPages.Url(id, "Passport"), form.Set(field, value).Set("Curator", "Введено пользователем").Content());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain($"data-valmsg-for=\"{field}\"").And.Contain(message);
        HtmlForm.Parse(html, "passport-form")["Curator"].Should().Be("Введено пользователем", "the typed values stay on the page");
        (await DraftPages.PlanAsync(portal, id)).Passport.Should().BeEquivalentTo(before.Passport);
    }

    [Fact]
    public async Task A_save_over_someone_elses_later_save_is_refused_and_keeps_both_the_stored_and_the_typed_values()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, first) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Passport"), "passport-form");
        var (_, second) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Passport"), "passport-form");
        (await client.PostAsync(DraftPages.Url(id, "Passport"), first.Set("Customer", "Заказчик из первой вкладки").Content()))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var response = await client.PostAsync(DraftPages.Url(id, "Passport"), second.Set("Customer", "Заказчик из второй вкладки").Content());

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Пока вы редактировали, проект сохранил другой пользователь.");
        HtmlForm.Parse(html, "passport-form")["Customer"].Should().Be("Заказчик из второй вкладки");
        (await DraftPages.PlanAsync(portal, id)).Passport.Customer.Should().Be("Заказчик из первой вкладки");
    }

    [Fact]
    public async Task Goals_form_adds_an_objective_and_subprograms_form_adds_a_subprogram()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, goals) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Goals"), "goals-form");
        // Goal 1 has objectives 1.1–1.5, so its empty row is the sixth (index 5).
        goals.Set("Goals[0].Objectives[5].Code", "1.6").Set("Goals[0].Objectives[5].Name", "Развитие открытых данных");
        (await client.PostAsync(DraftPages.Url(id, "Goals"), goals.Content())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var (_, subprograms) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Subprograms"), "subprograms-form");
        subprograms.Set("Rows[0].Code", "1").Set("Rows[0].Name", "Информационное общество").Set("Rows[0].StartYear", "2025").Set("Rows[0].EndYear", "2026");
        (await client.PostAsync(DraftPages.Url(id, "Subprograms"), subprograms.Content())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var plan = await DraftPages.PlanAsync(portal, id);
        plan.Goals.Should().ContainSingle().Which.Objectives.Select(o => o.Code).Should().Equal("1.1", "1.2", "1.3", "1.4", "1.5", "1.6");
        plan.Goals[0].Objectives[5].Key.Should().BeNegative("a new item has a new key until approval");
        plan.Subprograms.Should().ContainSingle(s => s.Code == "1" && s.Name == "Информационное общество" && s.StartYear == 2025 && s.EndYear == 2026);
        await using var db = portal.CreateDbContext();
        (await db.AuditEntries.CountAsync(e => e.ProgramId == id && e.Subject == AuditSubjects.ProgramDraft && e.Field == "Objective.added")).Should().Be(1);
    }

    [Fact]
    public async Task A_repeated_goal_code_is_refused_next_to_the_field()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, goals) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Goals"), "goals-form");

        var response = await client.PostAsync(DraftPages.Url(id, "Goals"), goals.Set("Goals[1].Code", "1").Set("Goals[1].Name", "Вторая цель").Content());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Код 1 уже есть у другой цели: коды в списке не повторяются.");
        (await DraftPages.PlanAsync(portal, id)).Goals.Should().ContainSingle();
    }
}
