using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>One program's line in the consolidated report, with the finance department's conclusion if one was made.</summary>
public sealed record ConsolidatedEntry(MunicipalProgram Program, ProgressReport? Report, ProgramEvaluation Evaluation, ProgramConclusion? Conclusion = null);

/// <summary>What the consolidated report reads: every program evaluated for the period.</summary>
public sealed record ConsolidatedInput(ReportingPeriod Period, IReadOnlyList<ConsolidatedEntry> Entries);

/// <summary>
/// Сводный аналитический отчет (Procedure 4.9): every program of a year with its funding, indices
/// and grade, grouped by municipality. Money is brought to rubles so that totals across
/// municipalities that keep their books in thousands add up.
/// </summary>
public static class ConsolidatedReportForm
{
    public static ReportDocument Build(ConsolidatedInput input) => Build(input.Period, input.Entries);

    public static ReportDocument Build(ReportingPeriod period, IReadOnlyList<ConsolidatedEntry> entries)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("code", ColumnKind.Text, 11),
                new ReportColumn("name", ColumnKind.Text, 44), new ReportColumn("executor", ColumnKind.Text, 30),
                new ReportColumn("vp", ColumnKind.Money, 17, Summable: true), new ReportColumn("vf", ColumnKind.Money, 17, Summable: true),
                new ReportColumn("cash", ColumnKind.Percent, 10), new ReportColumn("ip", ColumnKind.Index, 10),
                new ReportColumn("ie", ColumnKind.Index, 10), new ReportColumn("grade", ColumnKind.Text, 20), new ReportColumn("status", ColumnKind.Text, 14),
            ],
            [
                [new HeaderCell("№ п/п", RowSpan: 2), new HeaderCell("Код", RowSpan: 2), new HeaderCell("Наименование муниципальной программы", RowSpan: 2),
                 new HeaderCell("Ответственный исполнитель", RowSpan: 2), new HeaderCell("Финансирование, рублей", ColSpan: 3),
                 new HeaderCell("Индекс результатив-ности Ip", RowSpan: 2), new HeaderCell("Индекс эффектив-ности Iэ", RowSpan: 2),
                 new HeaderCell("Качественная оценка", RowSpan: 2), new HeaderCell("Годовой отчет", RowSpan: 2)],
                [new HeaderCell("план (Vp)"), new HeaderCell("факт (Vf)"), new HeaderCell("исполне-ние, %")],
            ]) { NumberedColumns = true };
        var all = new List<int>();
        var n = 0;
        foreach (var group in entries.GroupBy(e => e.Program.Municipality?.Name ?? RuFormat.Missing).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.Group(group.Key);
            var rows = new List<int>();
            foreach (var e in group.OrderBy(e => e.Program.RegistryCode, StringComparer.Ordinal))
                rows.Add(AddProgram(table, e, ++n));
            all.AddRange(rows);
            table.Total(RowKind.Subtotal, rows, [new ReportCell(Text: $"Итого по муниципальному образованию ({rows.Count})", ColSpan: 4)], CashPercent);
        }
        table.Total(RowKind.Total, all, [new ReportCell(Text: $"Всего по программам ({all.Count})", ColSpan: 4)], CashPercent);
        return DocumentHeader.For(FormRegistry.Consolidated,
            ["Сводный аналитический отчет", "об оценке результативности и эффективности реализации муниципальных программ", $"за {period.Caption()}"], period.Year) with
        {
            Sections =
            [
                new KeyValueSection("Итоги оценки", Summary(entries)),
                new ChartSection(null, Charts.GradeChart.Of(entries.Select(e => e.Evaluation.Program.Grade))),
                new TableSection(null, table.Build()),
                new TableSection("Заключения финансово-экономического управления и предлагаемые решения (пп. 4.3–4.5, 4.9 Порядка)", Conclusions(entries)),
            ],
            Footnotes =
            [
                "Оценка проведена финансово-экономическим управлением по итогам годовых отчетов (п. 4.9 Порядка) по методике приложения 10.",
                "Суммы муниципальных образований, ведущих учет в тысячах рублей, пересчитаны в рубли.",
            ],
            MoneyUnitCaption = RuFormat.MoneyUnit(MoneyUnit.Rubles),
        };
    }

    /// <summary>Per program, in the order of the table above: the proposed decision and the conclusion's text (or that none was made).</summary>
    private static ReportTable Conclusions(IReadOnlyList<ConsolidatedEntry> entries)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("code", ColumnKind.Text, 11), new ReportColumn("name", ColumnKind.Text, 40),
                new ReportColumn("decision", ColumnKind.Text, 24), new ReportColumn("conclusion", ColumnKind.Text, 80),
            ],
            [[new HeaderCell("№ п/п"), new HeaderCell("Код"), new HeaderCell("Наименование муниципальной программы"), new HeaderCell("Предлагаемое решение"),
              new HeaderCell("Заключение")]]);
        var n = 0;
        foreach (var e in entries.GroupBy(e => e.Program.Municipality?.Name ?? RuFormat.Missing).OrderBy(g => g.Key, StringComparer.Ordinal)
                     .SelectMany(g => g.OrderBy(e => e.Program.RegistryCode, StringComparer.Ordinal)))
            table.Add($"{++n}", e.Program.RegistryCode, e.Program.Name,
                e.Conclusion is { } c ? ProgramConclusion.Caption(c.Decision) : RuFormat.Missing, e.Conclusion?.Text ?? "заключение не составлено");
        return table.Build();
    }

    private static ReportCell? CashPercent(IReadOnlyDictionary<string, decimal> sums, string key) =>
        key == "cash" && sums["vp"] != 0 ? Math.Round(sums["vf"] / sums["vp"] * 100m, 1) : null;

    private static int AddProgram(TableBuilder table, ConsolidatedEntry e, int n)
    {
        var p = e.Evaluation.Program;
        var factor = e.Program.Municipality?.MoneyUnit == MoneyUnit.ThousandRubles ? 1000m : 1m;
        decimal vp = p.PlannedFunding * factor, vf = p.ActualFunding * factor;
        return table.Add($"{n}", e.Program.RegistryCode, e.Program.Name, e.Program.ResponsibleExecutor?.Name ?? RuFormat.Missing, vp, vf,
            vp == 0 ? RuFormat.Missing : (ReportCell)Math.Round(vf / vp * 100m, 1), p.ResultIndex, p.EfficiencyIndex, ScoringTexts.Caption(p.Grade), Status(e.Report));
    }

    private static string Status(ProgressReport? r) => r?.Status switch
    {
        null => "не представлен",
        ReportStatus.Draft => "черновик",
        ReportStatus.Submitted => "на проверке",
        ReportStatus.Returned => "на доработке",
        ReportStatus.Accepted => "принят",
        _ => RuFormat.Missing,
    };

    private static List<KeyValueItem> Summary(IReadOnlyList<ConsolidatedEntry> entries)
    {
        int Count(EfficiencyGrade g) => entries.Count(e => e.Evaluation.Program.Grade == g);
        return
        [
            new KeyValueItem("Оценено программ", $"{entries.Count}"),
            new KeyValueItem("Высокий уровень эффективности", $"{Count(EfficiencyGrade.High)}"),
            new KeyValueItem("Запланированный уровень эффективности", $"{Count(EfficiencyGrade.Planned)}"),
            new KeyValueItem("Низкий уровень эффективности", $"{Count(EfficiencyGrade.Low)}"),
            new KeyValueItem("Выше диапазонов методики / оценка невозможна", $"{Count(EfficiencyGrade.AboveRange)} / {Count(EfficiencyGrade.NotAssessable)}"),
        ];
    }
}
