using System.Net;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>
/// Issue 12, «interim periods in every form»: the Копейск report for the first half of 2022 (seed 003) prints its own
/// monitoring form — the year's plan, the period's plan and the fact from the start of the year — and the screens of an
/// interim period offer it instead of the annual report and evaluation (appendices 9 and 10).
/// </summary>
public sealed class InterimFormsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<string> Url(string form, string format = "xlsx", string period = "HalfYear") =>
        $"/forms/programs/{await portal.ProgramIdAsync(Forms.Kopeysk)}/{form}/{format}?year=2022&period={period}";

    [Fact]
    public async Task The_half_year_prints_its_plans_and_facts_from_the_start_of_the_year()
    {
        var (workbook, _) = await (await portal.SignInAsync("viewer")).XlsxAsync(await Url("interim-monitoring"));
        var ws = workbook.Worksheet("Раздел 1");

        ws.AssertHasCell("за 1 полугодие 2022 года");
        int Row(string name) => ws.Find(name).Address.RowNumber;
        // Seed 003, task 1, measure 1: «не более 2 %», first half 1,45 %: 1,45 / 2 = 72,5 % of the period's plan.
        var trips = Row("доля невыполненных рейсов по всем причинам");
        new[] { ws.Cell(trips, 4).GetString(), ws.Cell(trips, 5).GetString() }.Should().Equal("не более 2", "не более 2");
        ws.Cell(trips, 6).Number().Should().Be(1.45m);
        ws.Cell(trips, 7).Number().Should().Be(0.725m);
        // Measure 3: 26 buses planned for 2022, 24 bought by the end of June: 24 / 26 = 92,31 %.
        var buses = Row("количество приобретенных автобусов");
        new[] { ws.Cell(buses, 4).Number(), ws.Cell(buses, 5).Number(), ws.Cell(buses, 6).Number() }.Should().Equal(26m, 26m, 24m);
        Math.Round(ws.Cell(buses, 7).Number(), 4).Should().Be(0.9231m);
        // Section 2: what the executor wrote for the period (seed 003, «Работы ведутся в соответствии с графиком»).
        workbook.Worksheet("Раздел 2").AssertHasCell("Работы ведутся в соответствии с графиком");
        workbook.Worksheet("Раздел 3").AssertHasCell("3. Финансирование по источникам");
    }

    [Fact]
    public async Task The_annual_forms_are_not_made_for_a_half_year_and_the_monitoring_form_not_for_a_year()
    {
        var client = await portal.SignInAsync("viewer");

        (await client.GetAsync(await Url("annual-report", "html"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(await Url("evaluation", "xlsx"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(await Url("interim-monitoring", "html", "Year"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(await Url("form1-indicators", "html"))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_evaluation_page_of_a_half_year_offers_the_monitoring_form_of_that_half_year()
    {
        var id = await portal.ProgramIdAsync(Forms.Kopeysk);

        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync($"/Evaluation/Program/{id}?year=2022&period=HalfYear");

        html.Should().Contain("data-form=\"interim-monitoring\"")
            .And.Contain($"/forms/programs/{id}/interim-monitoring/xlsx?year=2022&period=HalfYear")
            .And.NotContain("data-form=\"annual-report\"");
    }

    [Fact]
    public async Task The_monitoring_form_prints_as_a_pdf()
    {
        var (text, pages, fileName) = await (await portal.SignInAsync("viewer")).PdfAsync(await Url("interim-monitoring", "pdf"));

        Forms.Plain(text).Should().Contain("1 полугодие 2022 года").And.Contain("72,5");
        pages.Should().BeInRange(1, 10);
        fileName.Should().EndWith(".pdf");
    }
}
