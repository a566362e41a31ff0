using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Evaluation;
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
        ws.Find("Приложение № 9").Should().NotBeNull();
        ws.Find("Годовой отчет о реализации муниципальной программы").Style.Font.Bold.Should().BeTrue();
        ws.PageSetup.PageOrientation.Should().Be(XLPageOrientation.Landscape);
        ws.PageSetup.PaperSize.Should().Be(XLPaperSize.A4Paper);
        ws.PageSetup.PagesWide.Should().Be(1);
        ws.SheetView.SplitRow.Should().BeGreaterThan(0, "the header rows are frozen");
        ws.PageSetup.FirstRowToRepeatAtTop.Should().BeGreaterThan(0);
        ws.Column(2).Width.Should().Be(60);

        var total = ws.CellsUsed().Single(c => c.GetString() == "Итого").Address.RowNumber;
        ws.Cell(total, 4).HasFormula.Should().BeTrue();
        ws.Cell(total, 4).Number().Should().BeApproximately(1m, 0.0001m, "weights sum to 1");
        ws.Cell(total - 1, 4).Style.NumberFormat.Format.Should().Be("0.0000");
        fileName.Should().Contain("Годовой отчет").And.Contain("2024");
        workbook.Worksheets.Should().HaveCount(3);
        workbook.Worksheet("Раздел 2").Find("3. Своевременное выполнение мероприятий").Should().NotBeNull();
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
    public async Task EvaluationFormShowsTheIndicesOfTheEvaluationService()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var expected = await portal.WithScopeAsync(sp => sp.GetRequiredService<EvaluationService>().ForProgramAsync(id, ReportingPeriod.AnnualOf(2024)));

        var (workbook, _) = await (await portal.SignInAsync("viewer")).XlsxAsync($"/forms/programs/{id}/evaluation/xlsx?year=2024");

        var ws = workbook.Worksheet("Раздел 1");
        ws.Find("Приложение № 10").Should().NotBeNull();
        ws.Find("Индекс результатив-ности Ip").IsMerged().Should().BeTrue("it spans the two header rows");
        var total = ws.Find("Муниципальная программа в целом").Address.RowNumber;
        Math.Round(ws.Cell(total, 3).Number(), 4).Should().Be(Math.Round(expected!.Evaluation.Program.ResultIndex!.Value, 4));
        Math.Round(ws.Cell(total, 6).Number(), 4).Should().Be(Math.Round(expected.Evaluation.Program.EfficiencyIndex!.Value, 4));
        ws.Cell(total, 4).HasFormula.Should().BeTrue();
        ws.Cell(total, 4).Number().Should().Be(expected.Evaluation.Program.PlannedFunding);
        ws.Cell(total, 7).GetString().Should().Be("высокий уровень эффективности");
    }

    [Fact]
    public async Task ConsolidatedReportTotalsAgreeWithTheDatabaseInRubles()
    {
        await using var db = portal.CreateDbContext();
        // The consolidated report covers the programs that reported on 2021 (Кедровый).
        var planned = await db.FundingLines.Where(f => f.Year == 2021 && f.Period == PeriodKind.Year && db.Reports.Any(r => r.ProgramId == f.ProgramId && r.Year == 2021))
            .Select(f => new { f.Planned, Unit = db.Programs.Where(p => p.Id == f.ProgramId).Select(p => p.Municipality!.MoneyUnit).First() })
            .ToListAsync();
        var expected = planned.Sum(x => x.Planned * (x.Unit == MoneyUnit.ThousandRubles ? 1000m : 1m));

        var (workbook, fileName) = await (await portal.SignInAsync("viewer")).XlsxAsync("/forms/consolidated/xlsx?year=2021");

        var ws = workbook.Worksheet("Форма");
        ws.Find("Сводный аналитический отчет").Should().NotBeNull();
        ws.Find("Финансирование, рублей").IsMerged().Should().BeTrue();
        var total = ws.Find("Всего по программам").Address.RowNumber;
        ws.Cell(total, 5).HasFormula.Should().BeTrue();
        ws.Cell(total, 5).Number().Should().Be(expected);
        ws.Find("Развитие информационного общества").Should().NotBeNull();
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
