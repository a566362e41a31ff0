using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// Appendices 3, 6 and 7 in a draft of the Кожевниковский program (2021–2026; activity 4.1 «…» among 14; no capital
/// objects, indicator passports or resource needs in its document): each form's values land in the draft's plan with
/// audit entries, bad values get their message with nothing saved, and approval stores them as rows and in the редакция.
/// </summary>
public sealed class DraftAppendicesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static HttpContent Post(HtmlForm form) => form.Content();

    private static async Task<string> HtmlOf(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private async Task<List<AuditEntry>> EntriesAsync(int id, string fieldPrefix)
    {
        await using var db = portal.CreateDbContext();
        return await db.AuditEntries.Where(e => e.ProgramId == id && e.Subject == AuditSubjects.ProgramDraft && e.Field.StartsWith(fieldPrefix)).ToListAsync();
    }

    [Fact]
    public async Task A_capital_object_typed_with_Russian_money_is_added_to_the_draft_with_its_activity()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var plan = await DraftPages.PlanAsync(portal, id);
        var activity = plan.Activities.Single(a => a.Code == "4.1");
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (html, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "CapitalObjects"), "capital-objects-form");
        html.Should().Contain("В программе нет объектов капитального строительства.");

        form.Set("Rows[0].NameAndLocation", "Центр общественного доступа, с. Кожевниково, ул. Гагарина, 17").Set("Rows[0].ActivityKey", activity.Key.ToString())
            .Set("Rows[0].Capacity", "12 рабочих мест").Set("Rows[0].StartYear", "2024").Set("Rows[0].EndYear", "2025").Check("Rows[0].HasApprovedDesign")
            .Set("Rows[0].Ownership", "муниципальная").Set("Rows[0].CostDesignPrices", "10 632 100,00").Set("Rows[0].RemainingDesignPrices", "1 129,01");
        var response = await client.PostAsync(DraftPages.Url(id, "CapitalObjects"), Post(form));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = (await DraftPages.PlanAsync(portal, id)).CapitalObjects.Should().ContainSingle().Subject;
        stored.Key.Should().BeNegative("a new item has a draft key until approval");
        (stored.ActivityKey, stored.ConstructionStartYear, stored.ConstructionEndYear, stored.HasApprovedDesign).Should().Be((activity.Key, 2024, 2025, true));
        (stored.EstimatedCostDesignPrices, stored.RemainingDesignPrices, stored.EstimatedCostBasePrices).Should().Be((10_632_100m, 1_129.01m, (decimal?)null));
        (await EntriesAsync(id, "CapitalObject.")).Should().ContainSingle(e => e.Field == "CapitalObject.added" && e.UserName == "kozh.admin");
    }

    [Theory]
    [InlineData("Rows[0].CostBasePrices", "12,5%", "«12,5%» — не число. Введите число с десятичной запятой, например 1 129,01.")]
    [InlineData("Rows[0].RemainingBasePrices", "500", "Остаток не может быть больше сметной стоимости в тех же ценах.")]
    [InlineData("Rows[0].EndYear", "2019", "Год окончания строительства не может быть раньше года начала.")]
    [InlineData("Rows[0].NameAndLocation", "", "Укажите наименование и местонахождение объекта.")]
    public async Task A_bad_capital_object_value_gets_its_message_next_to_the_field_and_nothing_is_saved(string field, string value, string message)
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var before = ProgramPlanJson.Write(await DraftPages.PlanAsync(portal, id));
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "CapitalObjects"), "capital-objects-form");
        form.Set("Rows[0].NameAndLocation", "Библиотека, с. Уртам").Set("Rows[0].StartYear", "2022").Set("Rows[0].CostBasePrices", "100")
            .Set("Rows[0].Capacity", "Введено пользователем").Set(field, value);

        var response = await client.PostAsync(DraftPages.Url(id, "CapitalObjects"), Post(form));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = await HtmlOf(response);
        html.Should().Contain($"data-valmsg-for=\"{field}\"").And.Contain(message);
        HtmlForm.Parse(html, "capital-objects-form")["Rows[0].Capacity"].Should().Be("Введено пользователем");
        ProgramPlanJson.Write(await DraftPages.PlanAsync(portal, id)).Should().Be(before);
    }

    [Fact]
    public async Task Resource_needs_are_entered_by_year_and_a_repeated_resource_is_refused()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (html, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Resources"), "resources-form");
        html.Should().Contain("Финансовые ресурсы, в том числе:");
        form.Set("Rows[0].Kind", "Labor").Set("Rows[0].Name", "Специалисты по информатизации").Set("Rows[0].Unit", "чел.")
            .Set("Rows[0].Amounts[2025]", "2").Set("Rows[0].Amounts[2026]", "2,5");

        (await client.PostAsync(DraftPages.Url(id, "Resources"), Post(form))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var need = (await DraftPages.PlanAsync(portal, id)).ResourceNeeds.Should().ContainSingle().Subject;
        (need.Kind, need.Name, need.Unit).Should().Be((ResourceKind.Labor, "Специалисты по информатизации", "чел."));
        need.Amounts.Select(a => (a.Year, a.Amount)).Should().Equal((2025, 2m), (2026, 2.5m));
        (await EntriesAsync(id, "ResourceNeed.")).Select(e => (e.Field, e.NewValue)).Should().BeEquivalentTo(new[]
        {
            ("ResourceNeed.resource:Labor@2025/Year", "2"), ("ResourceNeed.resource:Labor@2026/Year", "2.5"),
        });

        var (_, again) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Resources"), "resources-form");
        again.Set("Rows[1].Kind", "Labor").Set("Rows[1].Name", "Специалисты по информатизации").Set("Rows[1].Unit", "чел.").Set("Rows[1].Amounts[2024]", "-1");
        var refused = await client.PostAsync(DraftPages.Url(id, "Resources"), Post(again));

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var page = await HtmlOf(refused);
        page.Should().Contain("Ресурс «Специалисты по информатизации» (чел.) уже есть в этой группе: укажите его количество в одной строке.")
            .And.Contain("Значение не может быть отрицательным.");
        (await DraftPages.PlanAsync(portal, id)).ResourceNeeds.Should().ContainSingle();
    }

    [Fact]
    public async Task An_indicator_passport_with_base_measures_is_saved_refused_on_a_repeated_symbol_and_removed()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var indicator = (await DraftPages.PlanAsync(portal, id)).Indicators[0];
        var url = DraftPages.Url(id, $"Passports/{indicator.Key}");
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await DraftPages.OpenAsync(client, url, "passport-form");
        form.Set("Number", "1").Set("ResponsiblePerson", "Иванова И.И., главный специалист, 8 (38244) 2-22-22").Set("FormationProcedure", "D = Э / В × 100")
            .Set("Measures[0].Name", "Услуги в электронном виде").Set("Measures[0].Unit", "ед.").Set("Measures[0].Symbol", "Э")
            .Set("Measures[0].CollectionMethod", "7").Set("Measures[0].Coverage", "1");

        var saved = await client.PostAsync(DraftPages.Url(id, "Passports/Save"), Post(form));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        saved.Headers.Location!.PathAndQueryOf().Should().Be(DraftPages.Url(id, "Passports"));
        var passport = (await DraftPages.PlanAsync(portal, id)).Indicators[0].Passport!;
        (passport.Number, passport.FormationProcedure).Should().Be(("1", "D = Э / В × 100"));
        passport.BaseMeasures.Select(m => (m.Symbol, m.Name, m.CollectionMethod)).Should().Equal(("Э", "Услуги в электронном виде", 7));
        (await EntriesAsync(id, "IndicatorPassport.")).Should().ContainSingle(e => e.Field == "IndicatorPassport.added" && e.SubjectId == indicator.Key);

        var (_, second) = await DraftPages.OpenAsync(client, url, "passport-form");
        second.Set("Measures[1].Name", "Все услуги").Set("Measures[1].Unit", "ед.").Set("Measures[1].Symbol", "Э");
        var refused = await client.PostAsync(DraftPages.Url(id, "Passports/Save"), Post(second));
        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await HtmlOf(refused)).Should().Contain("data-valmsg-for=\"Measures[1].Symbol\"")
            .And.Contain("Обозначение Э уже есть у другого базового показателя: в формуле обозначения не повторяются.");

        var (_, third) = await DraftPages.OpenAsync(client, url, "passport-form");
        (await client.PostAsync(DraftPages.Url(id, "Passports/Save"), Post(third.Check("RemovePassport")))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await DraftPages.PlanAsync(portal, id)).Indicators[0].Passport.Should().BeNull();
    }

    [Fact]
    public async Task A_co_executor_cannot_change_the_capital_objects()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var row = (await DraftPages.PlanAsync(portal, id)).CapitalObjects.Count; // after the objects other tests of the class added
        var (_, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "CapitalObjects"), "capital-objects-form");
        form.Add($"Rows[{row}].Key", "0").Add($"Rows[{row}].NameAndLocation", "Дом культуры, с. Вороново");

        var response = await client.PostAsync(DraftPages.Url(id, "CapitalObjects"), Post(form));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await HtmlOf(response)).Should().Contain("Перечень объектов капитального строительства изменяет ответственный исполнитель. Ничего не сохранено.");
        (await DraftPages.PlanAsync(portal, id)).CapitalObjects.Should().NotContain(c => c.NameAndLocation == "Дом культуры, с. Вороново");
    }
}
