using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// Appendix 9 of the Procedure: the annual report — 1) results with weight, base, plan and actual;
/// 2) additional information (six criteria); the list of activities with planned and actual dates.
/// </summary>
public static class AnnualReportForm
{
    public static ReportDocument Build(ProgramFormInput input)
    {
        var evaluation = input.EvaluationOf(FormRegistry.AnnualReport);
        var (results, excluded) = ResultsTable(input, evaluation.Program);
        var footnotes = new List<string>
        {
            "Вес показателя — в интервале от 0 до 1, сумма весов всех показателей равна 1 (примечание 1 к приложению 9).",
        };
        if (excluded.Count > 0)
            footnotes.Add("Не включены в таблицу, так как значение не может быть определено на конец отчетного периода (примечание 2): "
                          + string.Join("; ", excluded) + ".");
        return DocumentHeader.For(FormRegistry.AnnualReport, input, "Годовой отчет о реализации муниципальной программы") with
        {
            Sections =
            [
                new TableSection("1. Отчет о результативности реализации муниципальной программы", results),
                new TableSection("2. Дополнительная информация о реализации муниципальной программы", CriteriaTable(evaluation.AdditionalCriteria, input)),
                new TableSection("Перечень мероприятий (к критерию 3 «Своевременное выполнение мероприятий»)", ActivitiesTable(input)),
            ],
            Footnotes = footnotes,
            Signature = input.Signature,
        };
    }

    private static (ReportTable Table, List<string> Excluded) ResultsTable(ProgramFormInput input, Evaluation evaluation)
    {
        var year = input.Year;
        var table = new TableBuilder(
            [
                new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("name", ColumnKind.Text, 60),
                new ReportColumn("unit", ColumnKind.Text, 14), new ReportColumn("weight", ColumnKind.Index, 10, Summable: true),
                new ReportColumn("base", ColumnKind.Number, 16), new ReportColumn("plan", ColumnKind.Number, 16),
                new ReportColumn("actual", ColumnKind.Number, 16),
            ],
            [[
                new HeaderCell("№ п/п"), new HeaderCell("Наименование показателя"), new HeaderCell("Единица измерения"),
                new HeaderCell("Вес¹"), new HeaderCell("Фактическое значение показателя на момент разработки муниципальной программы"),
                new HeaderCell($"Плановое значение показателя {year} г.²"), new HeaderCell($"Фактическое значение показателя {year} г.²"),
            ]]) { NumberedColumns = true };
        var scores = evaluation.Indicators.ToDictionary(s => s.Input.Code);
        var excluded = new List<string>();
        var rows = new List<int>();
        foreach (var indicator in input.Indicators)
        {
            var value = indicator.ValueFor(input.Period);
            if (!scores.TryGetValue(indicator.Code, out var score) || !score.Included)
            {
                excluded.Add(indicator.Name);
                continue;
            }
            rows.Add(table.Add($"{rows.Count + 1}", indicator.Name, indicator.Unit, score.Weight,
                indicator.BaseValue, FormCells.Planned(indicator, value), value?.Actual));
        }
        table.Total(RowKind.Total, rows, [new ReportCell(Text: "Итого", ColSpan: 3)]);
        return (table.Build(), excluded);
    }

    private static ReportTable CriteriaTable(AdditionalCriteriaResult c, ProgramFormInput input)
    {
        var table = new TableBuilder(
            [new ReportColumn("name", ColumnKind.Text, 55), new ReportColumn("value", ColumnKind.Text, 22), new ReportColumn("how", ColumnKind.Text, 70)],
            [[new HeaderCell("Наименование критерия"), new HeaderCell("Значение"), new HeaderCell("Порядок расчета/определения значения критерия")]]);
        table.Add("1. Относительный размер целевой группы, охваченной мероприятиями муниципальной программы",
            Percent(c.TargetGroupCoverage * 100m),
            c.TargetGroupRatios.Count == 0 ? "Целевые группы в отчете не указаны"
                : "Среднее по целевым группам (охвачено / общий размер): " + string.Join("; ", c.TargetGroupRatios.Select(r => $"{r.Name} — {Percent(r.Ratio * 100m)}")));
        table.Add("2. Наличие межведомственной рабочей группы", RuFormat.YesNo(c.HasWorkingGroup), "По данным отчета");
        table.Add("3. Своевременное выполнение мероприятий муниципальной программы", Percent(c.TimelyExecutionRate),
            $"Выполнено в срок {c.ActivitiesOnTime} из {c.ActivitiesDue} мероприятий, запланированных на отчетный период ({input.Period.Caption()})");
        table.Add("4. Доля инвестиционных расходов, научно-исследовательских и опытно-конструкторских работ в общем объеме затрат на реализацию муниципальной программы",
            Percent(c.InvestmentShare), "Кассовые расходы по инвестиционным мероприятиям / все кассовые расходы за отчетный период");
        var sources = c.CoFunding.Where(kv => kv.Value).Select(kv => input.Municipality.BudgetNames.For(kv.Key)).ToList();
        table.Add("5. Наличие финансирования муниципальной программы из федерального бюджета и бюджетов муниципальных образований, внебюджетных источников",
            sources.Count > 0 ? "да" : "нет", sources.Count > 0 ? "Кассовые расходы за отчетный период: " + string.Join(", ", sources) : "Кассовых расходов из этих источников нет");
        table.Add("6. Наличие бюджетного и (или) социального эффекта от реализации мероприятий муниципальной программы в отчетном году",
            $"бюджетный: {RuFormat.YesNo(c.HasBudgetEffect)}; социальный: {RuFormat.YesNo(c.HasSocialEffect)}", c.EffectDescription ?? "По данным отчета");
        return table.Build();
    }

    /// <summary>A criterion's percentage as the paper form prints it: one decimal at most, no trailing zero («95 %»).</summary>
    private static string Percent(decimal? value) => value is { } v ? RuFormat.Number(Math.Round(v, 1)) + " %" : RuFormat.Missing;

    private static ReportTable ActivitiesTable(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("n", ColumnKind.Text, 6), new ReportColumn("name", ColumnKind.Text, 80),
                new ReportColumn("planned", ColumnKind.Date, 16), new ReportColumn("actual", ColumnKind.Date, 16),
                new ReportColumn("state", ColumnKind.Text, 20),
            ],
            [[new HeaderCell("№ п/п"), new HeaderCell("Наименование программных мероприятий"), new HeaderCell("Планируемый срок выполнения"),
              new HeaderCell("Фактический срок выполнения"), new HeaderCell("Отметка о выполнении")]]) { NumberedColumns = true };
        var executions = input.Report?.ActivityExecutions.ToDictionary(x => x.ActivityId) ?? [];
        foreach (var activity in input.Activities.InOrder)
        {
            executions.TryGetValue(activity.Id, out var x);
            var state = x?.Completed switch { true => "выполнено", false => "не выполнено", null => RuFormat.Missing };
            var planned = activity.PlannedEnd is { } end ? new ReportCell(Date: end) : RuFormat.Missing;
            var actual = x?.ActualCompletion is { } done ? new ReportCell(Date: done) : x?.Completed == true ? "в течение года" : RuFormat.Missing;
            table.Add(activity.Kind == Common.ActivityKind.MainActivity ? 0 : 1,
                activity.StructureCode ?? activity.Code, activity.Name, planned, actual, state);
        }
        return table.Build();
    }
}
