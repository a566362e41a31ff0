using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// Form 1 of the layout used by Кедровый (seed 001): indicator values grouped by goal and objective,
/// with the absolute deviation, percent of plan and growth against last year recomputed from the
/// values (the source's own derived cells have mistakes).
/// </summary>
public static class IndicatorAchievementForm
{
    public static ReportDocument Build(ProgramFormInput input) =>
        DocumentHeader.For(FormRegistry.IndicatorAchievement, input, "Отчет о реализации муниципальной программы",
            "Форма 1. Отчет о достигнутых значениях показателей цели и задач муниципальной программы (подпрограмм)") with
        {
            Sections = [new TableSection(null, Table(input))],
            Signature = input.Signature,
        };

    private static ReportTable Table(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("name", ColumnKind.Text, 44), new ReportColumn("unit", ColumnKind.Text, 9),
                new ReportColumn("previous", ColumnKind.Number, 13), new ReportColumn("plan", ColumnKind.Number, 12), new ReportColumn("actual", ColumnKind.Number, 12),
                new ReportColumn("deviation", ColumnKind.Number, 12), new ReportColumn("percent", ColumnKind.Percent, 12), new ReportColumn("growth", ColumnKind.Percent, 12),
                new ReportColumn("reason", ColumnKind.Text, 30), new ReportColumn("calculation", ColumnKind.Text, 22),
            ],
            [
                [new HeaderCell("№ пп", RowSpan: 2), new HeaderCell("Наименование показателя", RowSpan: 2), new HeaderCell("Ед. измерения", RowSpan: 2),
                 new HeaderCell("Значение показателя", ColSpan: 3), new HeaderCell("Абсолютное отклонение факта от плана", RowSpan: 2),
                 new HeaderCell("Относительное отклонение факта от плана, %", RowSpan: 2), new HeaderCell("Темп роста к уровню прошлого года, %", RowSpan: 2),
                 new HeaderCell("Обоснование отклонений значений целевого показателя (индикатора) на конец отчетного периода", RowSpan: 2),
                 new HeaderCell("Расчет значения показателя на конец отчетного периода", RowSpan: 2)],
                [new HeaderCell("факт на начало отчетного периода (за прошлый год)"), new HeaderCell("план на конец отчетного (текущего) года"),
                 new HeaderCell("факт на конец отчетного периода")],
            ]) { NumberedColumns = true };
        var indicators = input.Indicators.ToList();
        var goals = input.Program.Goals.OrderBy(g => g.SortOrder).ToList();
        foreach (var goal in goals)
        {
            AddGroup(table, input, $"Показатели цели «{goal.Name}»", indicators.Where(i => i.GoalId == goal.Id && i.ObjectiveId is null));
            foreach (var (objective, k) in goal.Objectives.OrderBy(o => o.SortOrder).Select((o, k) => (o, k + 1)))
                AddGroup(table, input, $"Показатели задачи {k} «{objective.Name}»", indicators.Where(i => i.ObjectiveId == objective.Id));
        }
        var grouped = goals.SelectMany(g => g.Objectives.Select(o => (int?)o.Id)).ToHashSet();
        AddGroup(table, input, "Прочие показатели", indicators.Where(i => !(i.ObjectiveId is { } o && grouped.Contains(o)) && !goals.Any(g => g.Id == i.GoalId && i.ObjectiveId is null)));
        table.Footnote("Графы 7–9 рассчитаны порталом по значениям граф 4–6: 7 = 6 − 5; 8 = 6 / 5 × 100; 9 = 6 / 4 × 100 (не рассчитывается, если делитель равен нулю или значение не измерялось).");
        return table.Build();
    }

    private static void AddGroup(TableBuilder table, ProgramFormInput input, string caption, IEnumerable<Indicator> indicators)
    {
        var list = indicators.ToList();
        if (list.Count == 0) return;
        table.Group(caption);
        var n = 0;
        foreach (var i in list) AddIndicator(table, input, i, ++n);
    }

    private static void AddIndicator(TableBuilder table, ProgramFormInput input, Indicator i, int n)
    {
        var value = i.ValueFor(input.Period);
        var previous = i.ValueFor(Common.ReportingPeriod.AnnualOf(input.Year - 1));
        var d = IndicatorDeviation.Of(ProgramInputBuilder.ToInput(i, input.Period, new Dictionary<int, decimal>()));
        ReportCell previousCell = previous is { NotMeasured: true } ? previous.ActualNote ?? "не измерялся" : previous?.Actual;
        table.Add($"{n}", i.Name, i.Unit, previousCell, FormCells.Planned(i, value), value?.Actual,
            d.AbsoluteDeviation, Round(d.PercentOfPlan), Round(d.GrowthRate),
            value?.DeviationReason ?? (d.PlanMet == false ? "обоснование не представлено" : ""), value?.Calculation ?? i.CalculationMethod ?? "");
    }

    private static decimal? Round(decimal? v) => v is { } x ? Math.Round(x, 2) : null;
}
