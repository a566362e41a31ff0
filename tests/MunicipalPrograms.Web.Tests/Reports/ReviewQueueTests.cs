using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

public sealed class ReviewQueueTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_queue_of_an_interim_period_lists_its_reports_with_status_and_indices()
    {
        var finance = await portal.SignInAsync("finance");
        var html = WebUtility.HtmlDecode(await finance.GetStringAsync("/Review?year=2022&period=HalfYear"));

        html.Should().Contain("Проверка отчетов за 1 полугодие 2022 года");
        html.Should().Contain("KPS-PM-2022");
        html.Should().Contain("Представлен");
    }

    [Fact]
    public async Task The_queue_shows_the_grade_of_the_methodology_the_municipality_made_official()
    {
        await SetOfficialAsync("kopeysk", OfficialMethodology.Federal);
        try
        {
            var finance = await portal.SignInAsync("finance");
            var html = WebUtility.HtmlDecode(await finance.GetStringAsync("/Review?year=2022&period=HalfYear"));
            html.Should().Contain("методические рекомендации");
            html.Should().MatchRegex("(высокая|средняя|удовлетворительная|неудовлетворительная) эффективность|оценка невозможна");
        }
        finally
        {
            await SetOfficialAsync("kopeysk", OfficialMethodology.Procedure);
        }
    }

    [Fact]
    public async Task Excel_and_pdf_of_the_forms_are_one_click_from_the_report_and_the_queue()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var finance = await portal.SignInAsync("finance");
        var report = await finance.GetStringAsync(ReportPages.Edit(id, 2024));
        report.Should().Contain($"href=\"/forms/programs/{id}/annual-report/xlsx?year=2024\"").And.Contain($"href=\"/forms/programs/{id}/annual-report/pdf?year=2024\"");
        var queue = await finance.GetStringAsync("/Review?year=2024");
        queue.Should().Contain("href=\"/forms/consolidated/xlsx?year=2024\"");
        (await finance.GetAsync($"/forms/programs/{id}/annual-report/xlsx?year=2024")).Content.Headers.ContentType!.MediaType
            .Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private async Task SetOfficialAsync(string municipality, OfficialMethodology official)
    {
        await using var db = portal.CreateDbContext();
        var m = await db.Municipalities.SingleAsync(x => x.Code == municipality);
        m.Methodology = m.Methodology with { Official = official };
        await db.SaveChangesAsync();
    }
}
