using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// The monitoring form of an interim period (Procedure 4.6; the half-year summary of seed 003): for a quarter, half-year
/// or nine months, the year's plan beside the period's plan and the fact from the start of the year — indicators,
/// activities and funding by source. The annual forms (appendices 9 and 10) are not made for such a period.
/// </summary>
public static class InterimMonitoringForm
{
    public static ReportDocument Build(ProgramFormInput input) =>
        DocumentHeader.For(FormRegistry.InterimMonitoring, input, "Сводный отчет о ходе реализации муниципальной программы",
            "Фактические значения — нарастающим итогом с начала года") with
        {
            Sections =
            [
                new TableSection("1. Достижение значений показателей", IndicatorsTable(input)),
                new TableSection("2. Выполнение мероприятий", ActivitiesTable(input)),
                new TableSection("3. Финансирование по источникам", FundingTable(input)),
            ],
            Signature = input.Signature,
        };

    private static ReportTable IndicatorsTable(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("name", ColumnKind.Text, 46), new ReportColumn("unit", ColumnKind.Text, 10),
                new ReportColumn("planYear", ColumnKind.Number, 13), new ReportColumn("planPeriod", ColumnKind.Number, 13),
                new ReportColumn("actual", ColumnKind.Number, 13), new ReportColumn("percent", ColumnKind.Percent, 12),
                new ReportColumn("reason", ColumnKind.Text, 34),
            ],
            [[new HeaderCell("№ п/п"), new HeaderCell("Наименование показателя"), new HeaderCell("Единица измерения"),
              new HeaderCell($"План на {input.Year} год"), new HeaderCell("План на отчетный период"),
              new HeaderCell("Факт с начала года"), new HeaderCell("Выполнение плана отчетного периода, %"),
              new HeaderCell("Пояснение, причина отклонения")]]) { NumberedColumns = true };
        var n = 0;
        foreach (var i in input.Indicators)
        {
            var period = i.ValueFor(input.Period);
            var year = i.ValueFor(ReportingPeriod.AnnualOf(input.Year));
            var d = IndicatorDeviation.Of(ProgramInputBuilder.ToInput(i, input.Period, new Dictionary<int, decimal>()));
            ReportCell actual = period is { NotMeasured: true } ? period.ActualNote ?? "не измерялся" : period?.Actual;
            table.Add($"{++n}", i.Name, i.Unit, FormCells.Planned(i, year), FormCells.Planned(i, period), actual,
                d.PercentOfPlan is { } p ? Math.Round(p, 2) : RuFormat.Missing,
                period?.DeviationReason ?? (d.PlanMet == false ? "обоснование не представлено" : ""));
        }
        table.Footnote("Графа 7 рассчитана порталом: 6 / 5 × 100 (не рассчитывается, если план периода не задан, равен нулю или показатель не измерялся).");
        return table.Build();
    }

    private static ReportTable ActivitiesTable(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [new ReportColumn("n", ColumnKind.Text, 7), new ReportColumn("name", ColumnKind.Text, 44), new ReportColumn("executor", ColumnKind.Text, 26),
             new ReportColumn("done", ColumnKind.Text, 50), new ReportColumn("reason", ColumnKind.Text, 30)],
            [[new HeaderCell("№ п/п"), new HeaderCell("Мероприятие"), new HeaderCell("Ответственный исполнитель"),
              new HeaderCell("Информация об исполнении"), new HeaderCell("Причина неисполнения (пояснение)")]]);
        var executions = input.Report?.ActivityExecutions.ToDictionary(x => x.ActivityId) ?? [];
        foreach (var a in input.Activities.InOrder)
        {
            executions.TryGetValue(a.Id, out var x);
            var executors = input.ExecutorNames(a).ToList();
            table.Add(input.Activities.DepthOf(a), a.Code, a.Name, executors.Count == 0 ? input.ResponsibleExecutorName : string.Join("; ", executors),
                x?.Done ?? RuFormat.Missing, x?.NotDoneReason ?? "");
        }
        return table.Build();
    }

    private static ReportTable FundingTable(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("source", ColumnKind.Text, 34), new ReportColumn("year", ColumnKind.Money, 16, Summable: true),
                new ReportColumn("period", ColumnKind.Money, 16, Summable: true), new ReportColumn("cash", ColumnKind.Money, 16, Summable: true),
                new ReportColumn("toYear", ColumnKind.Percent, 12), new ReportColumn("toPeriod", ColumnKind.Percent, 12),
            ],
            [[new HeaderCell("Источник финансирования"), new HeaderCell($"План на {input.Year} год, {input.MoneyUnit}"),
              new HeaderCell($"План на отчетный период, {input.MoneyUnit}"), new HeaderCell($"Кассовое исполнение с начала года, {input.MoneyUnit}"),
              new HeaderCell("Исполнение к плану года, %"), new HeaderCell("Исполнение к плану периода, %")]]);
        var lines = input.FundingOfPeriod.ToList();
        var rows = new List<int>();
        foreach (var source in input.SourcesUsed(lines))
        {
            var of = lines.Where(l => l.Source == source).ToList();
            var (year, period, cash) = Sums(of);
            rows.Add(table.Add(input.Municipality.BudgetNames.For(source), year, period, cash, FormCells.Percent(cash, year), FormCells.Percent(cash, period)));
        }
        var all = Sums(lines);
        table.Total(RowKind.Total, rows, ["Всего"], (_, key) => key switch
        {
            "toYear" => FormCells.Percent(all.Cash, all.Year),
            "toPeriod" => FormCells.Percent(all.Cash, all.Period),
            _ => null,
        });
        table.Footnote("Проценты рассчитаны порталом; при нулевом плане процент не определяется («–»).");
        return table.Build();
    }

    /// <summary>The year's plan, the period's plan (the year's when the period has none) and the cash spent so far.</summary>
    private static (decimal Year, decimal Period, decimal Cash) Sums(IReadOnlyCollection<FundingLine> lines) =>
        (lines.Sum(l => l.Planned), lines.Sum(l => l.PeriodPlanned ?? l.Planned), lines.Sum(l => l.Actual ?? 0m));
}
