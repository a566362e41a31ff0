using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>
/// The forms that have a chart (issue 12): the evaluation form's plan against fact and the consolidated report's grades
/// are drawn in the HTML and the PDF, and the XLSX has each as a picture with its numbers under it.
/// </summary>
public sealed class FormChartsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Seed 001, Form 1, the ten 2021 indicators of Кедровый (all increase): S = 0/90, 100/100, 99,5/90, 91,2/100, 100/100,
    // 8/9, 450/300, 39/30, 20/30, 0/10, as percentages of plan with one decimal.
    private static readonly decimal[] KedrovyPercents = [0m, 100m, 110.6m, 91.2m, 100m, 88.9m, 150m, 130m, 66.7m, 0m];

    [Fact]
    public async Task The_evaluation_form_has_the_plan_fact_chart_in_html_pdf_and_as_a_picture_in_xlsx()
    {
        var id = await portal.ProgramIdAsync(Forms.Kedrovy);
        var client = await portal.SignInAsync("viewer");

        var html = await client.GetDecodedAsync($"/forms/programs/{id}/evaluation?year=2021");
        var (pdf, _, _) = await client.PdfAsync($"/forms/programs/{id}/evaluation/pdf?year=2021");
        var (workbook, _, pictures) = await client.XlsxWithPicturesAsync($"/forms/programs/{id}/evaluation/xlsx?year=2021");

        html.Should().Contain("<figure class=\"chart-figure\" id=\"chart-plan-fact\">").And.Contain("<svg class=\"chart\"")
            .And.Contain("href=\"/css/chart.css");
        Forms.Plain(pdf).Should().Contain("Достижение плановых значений показателей программы").And.Contain("110,6");
        var picture = pictures.Single();
        picture.Name.Should().Be("chart-plan-fact");
        picture.Description.Should().StartWith("Достижение плановых значений показателей программы.");
        picture.Width.Should().Be(760, "the chart's own width (taken at twice the density)");
        picture.Bytes.Should().BeGreaterThan(5_000, "a drawn chart, not an empty picture");
        var sheet = workbook.Worksheet(picture.Sheet);
        var header = sheet.Find("Достижение плана, %");
        header.Address.RowNumber.Should().BeGreaterThan(picture.Row + (int)(picture.Height / 20), "the table starts under the picture");
        var values = Enumerable.Range(1, KedrovyPercents.Length)
            .Select(k => Math.Round(sheet.Cell(header.Address.RowNumber + k, header.Address.ColumnNumber).Number() * 100m, 1)).ToList();
        values.Should().Equal(KedrovyPercents);
    }

    [Fact]
    public async Task The_consolidated_report_has_the_grades_chart_as_a_picture_with_the_counts()
    {
        var (workbook, _, pictures) = await (await portal.SignInAsync("viewer")).XlsxWithPicturesAsync("/forms/consolidated/xlsx?year=2021");

        var sheet = workbook.Worksheet(1);
        pictures.Select(p => (p.Sheet, p.Name)).Should().Equal((sheet.Name, "chart-grades"));
        // 2021: Кедровый only, Iэ = 0,8141573 — «запланированный уровень» (EvaluationPagesTests works it by hand). The chart's
        // table: the grades in the Procedure's order (high, planned, low, above the ranges, not assessable), then the count.
        var header = sheet.Find("Уровень эффективности").Address.RowNumber;
        var count = sheet.Row(header).CellsUsed().Single(c => c.GetString() == "Программ").Address.ColumnNumber;
        Enumerable.Range(1, 5).Select(k => sheet.Cell(header + k, 1).GetString()).Should()
            .Equal("высокий уровень эффективности", "запланированный уровень эффективности", "низкий уровень эффективности",
                "выше диапазонов методики", "оценка невозможна");
        Enumerable.Range(1, 5).Select(k => sheet.Cell(header + k, count).Number()).Should().Equal(0m, 1m, 0m, 0m, 0m);
    }
}
