using ClosedXML.Excel;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>The Алексин 2024 report (seed 000) rendered from demo data shows the source's values.</summary>
public sealed class AleksinReportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(XLWorkbook Workbook, string FileName)> ReportAsync()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        return await (await portal.SignInAsync("viewer")).XlsxAsync($"/forms/programs/{id}/report-three-sections/xlsx?year=2024");
    }

    [Fact]
    public async Task FundingSectionTotalsMatchTheSourceAndAreFormulas()
    {
        var (workbook, _) = await ReportAsync();
        var ws = workbook.Worksheet("Раздел 3");

        ws.Find("Планируемое финансирование мероприятий (рублей)").IsMerged().Should().BeTrue();
        var total = ws.Find("Всего").Address.RowNumber;
        var label = ws.CellsUsed().Last(c => c.GetString() == "Всего");
        var row = ws.Row(label.Address.RowNumber);
        row.Cell(3).HasFormula.Should().BeTrue();
        row.Cell(3).Number().Should().Be(10_632_100.00m);
        row.Cell(3).Style.NumberFormat.Format.Should().Be("#,##0.00");
        // Seed 000, section 3, «Всего» (lines 600–610): plan 10 632 100,00 = 1 106 000,00 regional + 9 526 100,00 local;
        // actual 10 590 548,91 = 1 106 000,00 + 9 484 548,91.
        row.Cells().Select(c => c.HasFormula ? Math.Round(c.Number(), 2) : 0m)
            .Should().Contain([10_632_100.00m, 1_106_000.00m, 9_526_100.00m, 10_590_548.91m, 9_484_548.91m]);
        total.Should().BeLessThan(label.Address.RowNumber);
    }

    [Fact]
    public async Task ResultsSectionHasAllIndicatorsWithEqualWeightsAsOnPaper()
    {
        var (workbook, fileName) = await ReportAsync();
        var ws = workbook.Worksheets.First();

        ws.AssertHasCell("Отчет о ходе реализации муниципальной программы");
        ws.AssertHasCell("Постановление администрации муниципального образования город Алексин от 27.12.2023 № 2828");
        ws.AssertHasCell("10 632 100,00 рублей");
        var first = ws.Find("Количество муниципальных служащих и работников администрации").Address.RowNumber;
        // Seed 000, section 1, indicator 1 (lines 89–94): weight 1/37, base 65, plan 30, fact 74.
        ws.Cell(first, 3).GetString().Should().Be("1/37");
        new[] { ws.Cell(first, 4).Number(), ws.Cell(first, 5).Number(), ws.Cell(first, 6).Number() }.Should().Equal(65m, 30m, 74m);
        ws.CellsUsed().Count(c => c.Address.ColumnNumber == 3 && c.GetString() == "1/37").Should().Be(37);
        fileName.Should().Contain("ALX-MP-04").And.Contain("2024").And.EndWith(".xlsx");
    }

    [Fact]
    public async Task PdfCarriesTheSameNumbersInCyrillic()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);

        var (text, pages, fileName) = await (await portal.SignInAsync("viewer")).PdfAsync($"/forms/programs/{id}/report-three-sections/pdf?year=2024");

        var plain = Forms.Plain(text);
        plain.Should().Contain("Финансирование мероприятий").And.Contain("Панина Ю.А.");
        plain.Should().Contain("10 632 100,00").And.Contain("10 590 548,91").And.Contain("1/37");
        pages.Should().BeInRange(3, 30);
        fileName.Should().EndWith(".pdf").And.Contain("2024");
    }
}
