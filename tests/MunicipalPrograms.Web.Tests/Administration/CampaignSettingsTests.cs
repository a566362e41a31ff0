using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Administration;

/// <summary>
/// The reporting campaign on /Admin/Municipalities/{id}/Campaign, with the portal's clock on 2 March 2026
/// (<see cref="PortalFactory.CampaignDay"/>): the Кожевниковский 2025 report is due 15.03.2026 by the Procedure.
/// </summary>
public sealed class CampaignSettingsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Url(int municipalityId) => $"/Admin/Municipalities/{municipalityId}/Campaign";

    private async Task<HttpResponseMessage> SaveAsync(HttpClient admin, int municipalityId, Func<HtmlForm, HtmlForm> change) =>
        await admin.PostAsync(Url(municipalityId), change(HtmlForm.Parse(await admin.GetDecodedAsync(Url(municipalityId)), "campaign-form")).Content());

    [Fact]
    public async Task An_annual_deadline_of_1_March_shows_on_the_executors_report_page_and_the_report_is_overdue_on_2_March()
    {
        var kozhevnikovo = await AdminPages.MunicipalityIdAsync(portal, "kozhevnikovo");
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var executor = await portal.SignInAsync("kozh.admin");
        // 02.03.2026 to 15.03.2026: 13 days left under the Procedure's date.
        (await executor.GetDecodedAsync($"/Reports/Edit/{id}?year=2025")).Should().Contain("Срок представления: <strong>15.03.2026</strong>")
            .And.NotContain("просрочен");
        var admin = await portal.SignInAsync("admin", followRedirects: false);

        (await SaveAsync(admin, kozhevnikovo, f => f.Set("AnnualDeadline", "01.03"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // Due 01.03.2026, today 02.03.2026: one day overdue.
        (await executor.GetDecodedAsync($"/Reports/Edit/{id}?year=2025")).Should().Contain("Срок представления: <strong>01.03.2026</strong>")
            .And.Contain("просрочен на 1 дн.");
        (await executor.GetDecodedAsync("/Reports?year=2025")).Should().Contain("01.03.2026");
        await using var db = portal.CreateDbContext();
        (await db.AdminLog.SingleAsync(e => e.Subject == AdminSubjects.Campaign && e.SubjectId == kozhevnikovo)).Should().Match<AdminLogEntry>(e =>
            e.Field == "annual_deadline" && e.OldValue == "03-15" && e.NewValue == "03-01" && e.UserName == "admin");
    }

    [Fact]
    public async Task Interim_periods_not_in_use_are_not_offered()
    {
        var aleksin = await AdminPages.MunicipalityIdAsync(portal, "aleksin");
        var executor = await portal.SignInAsync("aleksin.uorio");
        (await executor.GetDecodedAsync("/Reports")).Should().Contain("<option value=\"Quarter1\"");
        var admin = await portal.SignInAsync("admin", followRedirects: false);

        (await SaveAsync(admin, aleksin, f => f.Without("Quarter1InUse").Without("NineMonthsInUse"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var html = await executor.GetDecodedAsync("/Reports");
        html.Should().NotContain("<option value=\"Quarter1\"").And.NotContain("<option value=\"NineMonths\"").And.Contain("<option value=\"HalfYear\"");
    }

    [Theory]
    [InlineData("AnnualDeadline", "31.02", "Укажите существующую дату, например 15.03 (29 февраля есть не в каждом году).")]
    [InlineData("AnnualDeadline", "15 марта", "«15 марта» — не день и месяц. Укажите их как ДД.ММ, например 15.03.")]
    [InlineData("HalfYearDeadlineDays", "0", "Срок — от 1 до 120 дней после окончания периода.")]
    [InlineData("Quarter1DeadlineDays", "двадцать", "Укажите число дней после окончания периода, например 20.")]
    public async Task A_bad_value_gets_its_message_next_to_the_field_and_nothing_is_saved(string field, string value, string message)
    {
        var kedrovy = await AdminPages.MunicipalityIdAsync(portal, "kedrovy");
        var admin = await portal.SignInAsync("admin", followRedirects: false);

        var response = await SaveAsync(admin, kedrovy, f => f.Set("NineMonthsDeadlineDays", "25").Set(field, value));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain($"data-valmsg-for=\"{field}\"").And.Contain(message);
        HtmlForm.Parse(html, "campaign-form")["NineMonthsDeadlineDays"].Should().Be("25", "the typed values stay on the page");
        await using var db = portal.CreateDbContext();
        (await db.Municipalities.Where(m => m.Id == kedrovy).Select(m => m.Campaign.NineMonthsDeadlineDays).SingleAsync()).Should().Be(20);
        (await db.AdminLog.CountAsync(e => e.MunicipalityId == kedrovy)).Should().Be(0);
    }
}
