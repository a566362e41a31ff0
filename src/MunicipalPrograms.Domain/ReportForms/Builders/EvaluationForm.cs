using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// Appendix 10: the result index Ip and efficiency index Iэ of each activity, subprogram and the
/// program, with the qualitative grade and the explanation of every number; then each indicator's S.
/// </summary>
public static class EvaluationForm
{
    public static ReportDocument Build(ProgramFormInput input)
    {
        var e = input.EvaluationOf(FormRegistry.Evaluation);
        var s = e.Program.Settings;
        // Not signed: the finance department's evaluation, not the executor's report.
        return DocumentHeader.For(FormRegistry.Evaluation, input, "Оценка результативности и эффективности реализации муниципальной программы") with
        {
            Sections =
            [
                new KeyValueSection(null,
                [
                    new KeyValueItem("Ответственный исполнитель", input.ResponsibleExecutorName),
                    new KeyValueItem("Индекс результативности программы (Ip)", Index(e.Program.ResultIndex) + " — " + e.Program.ExplainResultIndex()),
                    new KeyValueItem("Индекс эффективности программы (Iэ)", Index(e.Program.EfficiencyIndex) + " — " + e.Program.ExplainEfficiencyIndex()),
                    new KeyValueItem("Качественная оценка", e.Program.ExplainGrade()),
                    new KeyValueItem("Диапазоны оценки",
                        $"высокий уровень: {RuFormat.Number(s.HighLower)} ≤ Iэ ≤ {RuFormat.Number(s.HighUpper)}; запланированный: {RuFormat.Number(s.PlannedLower)} ≤ Iэ < {RuFormat.Number(s.HighLower)}; низкий: Iэ < {RuFormat.Number(s.PlannedLower)}"),
                ]),
                new TableSection("1. Индексы результативности и эффективности мероприятий (подпрограмм)", ElementsTable(input, e)),
                new TableSection("2. Соотношение достигнутых и плановых результатов по показателям программы", IndicatorsTable(e.Program)),
                new ChartSection(null, Charts.PlanFactChart.Of("chart-plan-fact", "Достижение плановых значений показателей программы",
                    e.Program.Indicators.Select(Charts.PlanFactItem.Of).ToList())),
            ],
        };
    }

    private static string Index(decimal? v) => v is { } x ? RuFormat.Index(x) : "не рассчитан";

    private static ReportTable ElementsTable(ProgramFormInput input, ProgramEvaluation e)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("code", ColumnKind.Text, 11), new ReportColumn("name", ColumnKind.Text, 42),
                new ReportColumn("ip", ColumnKind.Index, 10), new ReportColumn("vp", ColumnKind.Money, 16, Summable: true),
                new ReportColumn("vf", ColumnKind.Money, 16, Summable: true), new ReportColumn("ie", ColumnKind.Index, 10),
                new ReportColumn("grade", ColumnKind.Text, 18), new ReportColumn("why", ColumnKind.Text, 55),
            ],
            [
                [new HeaderCell("Код", RowSpan: 2), new HeaderCell("Наименование мероприятия (подпрограммы)", RowSpan: 2),
                 new HeaderCell("Индекс результатив-ности Ip", RowSpan: 2), new HeaderCell($"Финансирование, {input.MoneyUnit}", ColSpan: 2),
                 new HeaderCell("Индекс эффектив-ности Iэ", RowSpan: 2), new HeaderCell("Качественная оценка", RowSpan: 2),
                 new HeaderCell("Пояснение расчета", RowSpan: 2)],
                [new HeaderCell("план (Vp)"), new HeaderCell("факт (Vf)")],
            ]) { NumberedColumns = true };
        var activityRows = new List<int>();
        if (e.Activities.Count > 0) table.Group("Мероприятия (основные мероприятия)");
        foreach (var (code, name, ev) in e.Activities) activityRows.Add(AddElement(table, code, name, ev));
        if (e.Subprograms.Count > 0)
        {
            table.Group("Подпрограммы");
            foreach (var (code, name, ev) in e.Subprograms) AddElement(table, code, name, ev);
        }
        var p = e.Program;
        table.Total(RowKind.Total, activityRows, [new ReportCell(Text: "Муниципальная программа в целом", ColSpan: 2), p.ResultIndex],
            (_, key) => key switch
            {
                "ie" => p.EfficiencyIndex,
                "grade" => ScoringTexts.Caption(p.Grade),
                "why" => p.ExplainEfficiencyIndex(),
                _ => null,
            });
        return table.Build();
    }

    private static int AddElement(TableBuilder table, string code, string name, Evaluation ev) =>
        table.Add(code, name, ev.ResultIndex, ev.PlannedFunding, ev.ActualFunding, ev.EfficiencyIndex,
            ScoringTexts.Caption(ev.Grade), ev.ExplainResultIndex() + " " + ev.ExplainEfficiencyIndex());

    private static ReportTable IndicatorsTable(Evaluation program)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("name", ColumnKind.Text, 50),
                new ReportColumn("plan", ColumnKind.Number, 12), new ReportColumn("actual", ColumnKind.Number, 12),
                new ReportColumn("s", ColumnKind.Index, 10), new ReportColumn("weight", ColumnKind.Index, 10, Summable: true),
                new ReportColumn("contribution", ColumnKind.Index, 11, Summable: true), new ReportColumn("why", ColumnKind.Text, 60),
            ],
            [[new HeaderCell("№"), new HeaderCell("Наименование показателя"), new HeaderCell("План (Rp)"), new HeaderCell("Факт (Rf)"),
              new HeaderCell("S"), new HeaderCell("Вес (Mi)"), new HeaderCell("Mi × Si"), new HeaderCell("Пояснение")]]) { NumberedColumns = true };
        var rows = new List<int>();
        var n = 0;
        foreach (var score in program.Indicators)
        {
            n++;
            rows.Add(table.Add($"{n}", score.Input.Name, score.Input.Planned, score.Input.Actual, score.S,
                score.Included ? score.Weight : ReportCell.Empty, score.Included ? score.Contribution : ReportCell.Empty, score.Explain()));
        }
        table.Total(RowKind.Total, rows, [new ReportCell(Text: "Итого (Ip = Σ Mi × Si)", ColSpan: 5)]);
        return table.Build();
    }
}
