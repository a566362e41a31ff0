using ClosedXML.Excel;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>Appendix 9 (annual report), Appendix 10 (evaluation) and the consolidated report against the database.</summary>
public sealed class AnnualAndEvaluationFormsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnnualReportXlsxIsAPrintableOfficialForm()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var (workbook, fileName) = await (await portal.SignInAsync("viewer")).XlsxAsync($"/forms/programs/{id}/annual-report/xlsx?year=2024");

        var ws = workbook.Worksheet("Раздел 1");
        ws.AssertHasCell("Приложение № 9");
        ws.Find("Годовой отчет о реализации муниципальной программы").Style.Font.Bold.Should().BeTrue();
        ws.PageSetup.PageOrientation.Should().Be(XLPageOrientation.Landscape);
        ws.PageSetup.PaperSize.Should().Be(XLPaperSize.A4Paper);
        ws.PageSetup.PagesWide.Should().Be(1);
        // The table header (captions, then column numbers) is frozen and printed on every page, down to the first indicator.
        var header = ws.Find("Наименование показателя").Address.RowNumber;
        var first = ws.Find("Количество муниципальных служащих и работников администрации").Address.RowNumber;
        ws.Cell(header + 1, 2).GetString().Should().Be("2", "the row of column numbers follows the captions");
        first.Should().Be(header + 2);
        ws.SheetView.SplitRow.Should().Be(header + 1);
        (ws.PageSetup.FirstRowToRepeatAtTop, ws.PageSetup.LastRowToRepeatAtTop).Should().Be((header, header + 1));
        ws.Column(2).Width.Should().Be(60);

        var total = ws.CellsUsed().Single(c => c.GetString() == "Итого").Address.RowNumber;
        ws.Cell(total, 4).HasFormula.Should().BeTrue();
        ws.Cell(total, 4).Number().Should().BeApproximately(1m, 0.0001m, "weights sum to 1");
        ws.Cell(total - 1, 4).Style.NumberFormat.Format.Should().Be("0.0000");
        fileName.Should().Contain("Годовой отчет").And.Contain("2024");
        workbook.Worksheets.Should().HaveCount(3);
        workbook.Worksheet("Раздел 2").AssertHasCell("3. Своевременное выполнение мероприятий");
    }

    [Fact]
    public async Task AnnualReportPdfRepeatsTheHeaderOnEveryPage()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);

        var (text, pages, _) = await (await portal.SignInAsync("viewer")).PdfAsync($"/forms/programs/{id}/annual-report/pdf?year=2024");

        pages.Should().BeInRange(2, 20);
        var plain = Forms.Plain(text);
        plain.Should().Contain("Годовой отчет о реализации муниципальной программы").And.Contain("Приложение № 9");
        System.Text.RegularExpressions.Regex.Matches(plain, "Наименование показателя").Count.Should().BeGreaterThanOrEqualTo(2);
        plain.Should().Contain($"Страница 1 из {pages}");
    }

    [Fact]
    public async Task EvaluationFormShowsTheIndicesOfTheAleksinReport()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);

        var (workbook, _) = await (await portal.SignInAsync("viewer")).XlsxAsync($"/forms/programs/{id}/evaluation/xlsx?year=2024");

        var ws = workbook.Worksheet("Раздел 1");
        ws.AssertHasCell("Приложение № 10");
        ws.Find("Индекс результатив-ности Ip").IsMerged().Should().BeTrue("it spans the two header rows");
        var total = ws.Find("Муниципальная программа в целом").Address.RowNumber;
        // Worked by hand from seed 000 (docs/methodology.md §13): Ip = 40,0767281 / 37 = 1,0831548;
        // Iэ = 10 590 548,91 × 1,0831548 / 10 632 100,00 = 1,0789218. A cell keeps a double: compare to 7 places.
        Math.Round(ws.Cell(total, 3).Number(), 7).Should().Be(1.0831548m);
        Math.Round(ws.Cell(total, 6).Number(), 7).Should().Be(1.0789218m);
        ws.Cell(total, 4).HasFormula.Should().BeTrue();
        ws.Cell(total, 4).Number().Should().Be(10_632_100.00m, "seed 000, section 3, «Всего», plan (line 601)");
        ws.Cell(total, 5).Number().Should().Be(10_590_548.91m, "seed 000, section 3, «Всего», actual (line 606)");
        ws.Cell(total, 7).GetString().Should().Be("высокий уровень эффективности");
    }

    [Fact]
    public async Task ConsolidatedReportTotalsAreInRubles()
    {
        // The programs that reported on 2021: Кедровый only. Seed 001, Form 2, «Всего» (lines 215–217): plan 1 129,01 and
        // cash execution 1 097,79 тыс. руб., i.e. 1 129,01 × 1 000 = 1 129 010 and 1 097,79 × 1 000 = 1 097 790 рублей.
        var (workbook, fileName) = await (await portal.SignInAsync("viewer")).XlsxAsync("/forms/consolidated/xlsx?year=2021");

        var ws = workbook.Worksheet(1); // the second sheet holds the conclusions (issue 12)
        ws.AssertHasCell("Сводный аналитический отчет");
        ws.Find("Финансирование, рублей").IsMerged().Should().BeTrue();
        var total = ws.Find("Всего по программам").Address.RowNumber;
        ws.Cell(total, 5).HasFormula.Should().BeTrue();
        (ws.Cell(total, 5).Number(), ws.Cell(total, 6).Number()).Should().Be((1_129_010m, 1_097_790m));
        ws.AssertHasCell("Развитие информационного общества");
        fileName.Should().Contain("Сводный аналитический отчет 2021");
    }

    [Fact]
    public async Task ConsolidatedReportPdfIsReadable()
    {
        var (text, pages, _) = await (await portal.SignInAsync("viewer")).PdfAsync("/forms/consolidated/pdf?year=2024");

        Forms.Plain(text).Should().Contain("Сводный аналитический отчет").And.Contain("10 632 100,00").And.Contain("Алексин");
        pages.Should().BeInRange(1, 5);
    }
}
