using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>
/// Кедровый 2021 (seed 001), Forms 1–3 from demo data: the source's values, and our recomputed
/// derived columns where the source's are wrong (see sourceNotes of kedrovy-2021.json).
/// </summary>
public sealed class KedrovyFormsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<string> Url(string form, string format = "xlsx") =>
        $"/forms/programs/{await portal.ProgramIdAsync(Forms.Kedrovy)}/{form}/{format}?year=2021";

    [Fact]
    public async Task Form1ShowsSourceValuesAndRecomputedDeviations()
    {
        var (workbook, _) = await (await portal.SignInAsync("viewer")).XlsxAsync(await Url("form1-indicators"));
        var ws = workbook.Worksheet("Форма");

        ws.Find("Значение показателя").IsMerged().Should().BeTrue();
        ws.AssertHasCell("Показатели задачи 1");
        int Row(string name) => ws.Find(name).Address.RowNumber;

        // t1.1 (seed 001 lines 74–80): base 97,9, plan 90, fact 99,5, deviation 9,5; the source prints 110,5 (truncated);
        // 99,5 / 90 = 110,56 %.
        var t11 = Row("Доля граждан, имеющих доступ к получению государственных услуг");
        new[] { ws.Cell(t11, 4).Number(), ws.Cell(t11, 5).Number(), ws.Cell(t11, 6).Number(), ws.Cell(t11, 7).Number() }
            .Should().Equal(97.9m, 90m, 99.5m, 9.5m);
        ws.Cell(t11, 8).Number().Should().Be(1.1056m);
        ws.Cell(t11, 8).Style.NumberFormat.Format.Should().Be("0.00%");
        // g1.1: source prints +90; 0 − 90 = −90.
        ws.Cell(Row("Уровень удовлетворённости жителей"), 7).Number().Should().Be(-90m);
        // t1.2 (lines 86–92): the source prints 9,2 %; 91,2 / 100 = 91,2 %.
        ws.Cell(Row("Доля муниципальных услуг, информация о которых размещена"), 8).Number().Should().Be(0.912m);
        // t3.2: growth 0 / 0 is undefined, the source prints 0.
        ws.Cell(Row("Количество граждан, прошедших обучение"), 9).GetString().Should().Be("–");
    }

    [Fact]
    public async Task Form1PdfHasRecomputedPercentages()
    {
        var (text, pages, _) = await (await portal.SignInAsync("viewer")).PdfAsync(await Url("form1-indicators", "pdf"));

        // Hand-computed: t1.1 99,5 / 90 = 110,56 %; t2.1 8 / 9 = 88,89 %; g1.1 0 − 90 = −90.
        Forms.Plain(text).Should().Contain("Форма 1").And.Contain("110,56").And.Contain("88,89").And.Contain("−90");
        pages.Should().BeInRange(1, 10);
    }

    [Fact]
    public async Task Form2TotalsAreComputedFromExecutorRows()
    {
        var (workbook, _) = await (await portal.SignInAsync("viewer")).XlsxAsync(await Url("form2-expenses"));
        var ws = workbook.Worksheet("Форма");

        ws.Find("Коды аналитической программной классификации").IsMerged().Should().BeTrue();
        var program = ws.Find("Муниципальная программа «Развитие информационного общества").Address.RowNumber;
        ws.Cell(program, 7).HasFormula.Should().BeTrue();
        // Seed 001, Form 2, «Всего» (lines 215–217): plan for the year and for the period 1 129,01, cash 1 097,79;
        // cash / plan = 1 097,79 / 1 129,01 = 97,23 % (the source rounds to 97,2).
        new[] { ws.Cell(program, 7).Number(), ws.Cell(program, 8).Number(), Math.Round(ws.Cell(program, 9).Number(), 2) }
            .Should().Equal(1129.01m, 1129.01m, 1097.79m);
        ws.Cell(program, 10).Number().Should().Be(0.9723m);
        var culture = ws.CellsUsed().First(c => c.GetString() == "МУ «Культура»" && c.Address.RowNumber > program).Address.RowNumber;
        ws.Cell(culture, 9).Number().Should().Be(755.31m, "seed 001, Form 2, МУ «Культура» (lines 256–259)");
    }

    [Fact]
    public async Task Form3ListsTheAmendmentsOfTheReportingPeriod()
    {
        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync(await Url("form3-amendments", "html"));

        html.Should().Contain("24.03.2021").And.Contain("31.01.2022").And.Contain("О внесении изменений");
    }
}
