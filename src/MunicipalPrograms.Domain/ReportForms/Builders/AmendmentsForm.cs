using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Form 3 (Кедровый): amendments made to the program during the reporting period.</summary>
public static class AmendmentsForm
{
    public static ReportDocument Build(ProgramFormInput input) =>
        DocumentHeader.For(FormRegistry.Amendments, input, "Отчет о реализации муниципальной программы",
            "Форма 3. Сведения о внесенных за отчетный период изменениях в муниципальную программу") with
        {
            Sections = [new TableSection(null, Table(input))],
            Signature = input.Signature,
        };

    private static ReportTable Table(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("kind", ColumnKind.Text, 45), new ReportColumn("date", ColumnKind.Date, 14),
             new ReportColumn("number", ColumnKind.Text, 10), new ReportColumn("summary", ColumnKind.Text, 70)],
            [[new HeaderCell("№ пп"), new HeaderCell("Вид правового акта"), new HeaderCell("Дата принятия"), new HeaderCell("Номер"),
              new HeaderCell("Суть изменений (краткое изложение)")]]);
        // The report is written after the year ends: acts adopted up to its deadline belong to it too.
        var until = (input.Program.Municipality?.Campaign ?? Reports.ReportingCampaign.Default).DeadlineOf(input.Period);
        var from = new DateOnly(input.Year, 1, 1);
        var n = 0;
        foreach (var a in input.Program.Amendments.Where(a => a.Act.Date is { } d && d >= from && d <= until).OrderBy(a => a.Act.Date))
            table.Add($"{++n}", string.IsNullOrWhiteSpace(a.Act.Issuer) ? a.Act.Kind : $"{a.Act.Kind} {a.Act.Issuer}",
                new ReportCell(Date: a.Act.Date), a.Act.Number ?? RuFormat.Missing, a.Summary);
        if (n == 0) table.Add(RuFormat.Missing, "Изменения в отчетном периоде не вносились", ReportCell.Empty, "", "");
        return table.Build();
    }
}
