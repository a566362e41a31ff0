using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Administration;

/// <summary>
/// Municipalities in the browser: the server administrator («admin») creates one and edits the Кожевниковский settings;
/// every rule's message next to its field with nothing saved; a municipal administrator sees and changes only its own.
/// </summary>
public sealed class MunicipalityAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static async Task<HtmlForm> FormAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return HtmlForm.Parse(await response.Content.ReadAsStringAsync(), "municipality-form");
    }

    [Fact]
    public async Task The_server_administrator_adds_a_municipality_with_its_settings_and_the_creation_is_logged()
    {
        var admin = await portal.SignInAsync("admin", followRedirects: false);
        var form = await FormAsync(admin, "/Admin/Municipalities/New");
        form.Set("Code", "suvorov").Set("Name", "Муниципальное образование город Суворов Суворовского района").Set("Region", "Тульская область")
            .Set("MoneyUnit", "ThousandRubles").Set("TimeZoneId", "Europe/Moscow").Set("BudgetNames[Local]", "Бюджет МО г. Суворов Суворовского района")
            .Set("HeadPosition", "Глава администрации").Set("HeadName", "Г.В. Шевцов");

        var response = await admin.PostAsync("/Admin/Municipalities/Save", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.CreateDbContext();
        var m = await db.Municipalities.AsNoTracking().SingleAsync(x => x.Code == "suvorov");
        (m.MoneyUnit, m.TimeZoneId, m.BudgetNames.Local, m.BudgetNames.Federal, m.Head.Name).Should()
            .Be((MoneyUnit.ThousandRubles, "Europe/Moscow", "Бюджет МО г. Суворов Суворовского района", "Федеральный бюджет", "Г.В. Шевцов"));
        (await db.AdminLog.SingleAsync(e => e.MunicipalityId == m.Id)).Should().Match<AdminLogEntry>(e =>
            e.Field == AdminSubjects.Created && e.NewValue == "suvorov" && e.UserName == "admin");
        (await admin.GetDecodedAsync("/Admin")).Should().Contain("Муниципальное образование город Суворов Суворовского района");
    }

    [Theory]
    [InlineData("Code", "суворов", "«суворов» — код из строчных латинских букв, цифр и дефиса, например aleksin.")]
    [InlineData("Code", "aleksin", "Код aleksin уже занят другим муниципальным образованием.")]
    [InlineData("Name", "", "Укажите наименование муниципального образования.")]
    [InlineData("TimeZoneId", "Mars/Olympus", "Выберите часовой пояс из списка.")]
    [InlineData("BudgetNames[Regional]", "", "Укажите, как формы называют этот бюджет.")]
    public async Task A_bad_value_gets_its_message_next_to_the_field_and_nothing_is_created(string field, string value, string message)
    {
        var admin = await portal.SignInAsync("admin", followRedirects: false);
        await using var before = portal.CreateDbContext();
        var count = await before.Municipalities.CountAsync();
        var form = (await FormAsync(admin, "/Admin/Municipalities/New")).Set("Code", "novoe").Set("Name", "Новое поселение").Set("Region", "Введено");

        var response = await admin.PostAsync("/Admin/Municipalities/Save", form.Set(field, value).Content());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain($"data-valmsg-for=\"{field}\"").And.Contain(message);
        HtmlForm.Parse(html, "municipality-form")["Region"].Should().Be("Введено", "the typed values stay on the page");
        await using var after = portal.CreateDbContext();
        (await after.Municipalities.CountAsync()).Should().Be(count);
    }

    [Fact]
    public async Task Changed_settings_are_logged_field_by_field_and_the_forms_print_the_new_budget_name()
    {
        var id = await AdminPages.MunicipalityIdAsync(portal, "kozhevnikovo");
        var admin = await portal.SignInAsync("admin", followRedirects: false);
        var form = await FormAsync(admin, $"/Admin/Municipalities/{id}");
        form["BudgetNames[Local]"].Should().Be("районный бюджет", "kozhevnikovo-2021-2026.json names it so");

        var response = await admin.PostAsync("/Admin/Municipalities/Save",
            form.Set("BudgetNames[Local]", "бюджет Кожевниковского района").Set("FinanceHeadName", "Е.А. Кузнецова").Content());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.CreateDbContext();
        (await db.AdminLog.Where(e => e.MunicipalityId == id).Select(e => new { e.Field, e.OldValue, e.NewValue }).ToListAsync())
            .Select(e => (e.Field, e.OldValue, e.NewValue)).Should().BeEquivalentTo(new[]
            {
                ("budget_name:Local", (string?)"районный бюджет", (string?)"бюджет Кожевниковского района"), ("finance_head_name", null, "Е.А. Кузнецова"),
            });
        var program = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        (await (await portal.SignInAsync("viewer")).GetDecodedAsync($"/forms/programs/{program}/resource-needs")).Should().Contain("бюджет Кожевниковского района");
    }

    [Fact]
    public async Task A_municipal_administrator_sees_and_changes_only_its_own_municipality()
    {
        var userName = await AdminPages.MunicipalAdministratorAsync(portal, "aleksin");
        var (aleksin, kozh) = (await AdminPages.MunicipalityIdAsync(portal, "aleksin"), await AdminPages.MunicipalityIdAsync(portal, "kozhevnikovo"));
        var client = await portal.SignInAsync(userName, followRedirects: false);

        var list = await client.GetDecodedAsync("/Admin");
        list.Should().Contain("Муниципальное образование город Алексин").And.NotContain("Кожевниковский район").And.NotContain("id=\"new-municipality\"");
        (await client.GetAsync($"/Admin/Municipalities/{kozh}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Admin/Municipalities/{kozh}/Departments")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/Admin/Municipalities/New")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // A forged post for the other municipality changes nothing.
        var own = await FormAsync(client, $"/Admin/Municipalities/{aleksin}");
        var forged = await client.PostAsync("/Admin/Municipalities/Save", own.Set("Id", kozh.ToString()).Set("Name", "Захвачено").Content());
        forged.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await using var db = portal.CreateDbContext();
        (await db.Municipalities.Where(m => m.Id == kozh).Select(m => m.Name).SingleAsync()).Should().Be("Кожевниковский район");
    }

    [Fact]
    public async Task Only_administrators_open_the_administration()
    {
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        (await finance.GetAsync("/Admin")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
