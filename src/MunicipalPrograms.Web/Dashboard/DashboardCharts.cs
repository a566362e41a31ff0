using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Domain.Charts;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.Dashboard;

/// <summary>The dashboard's charts, over the programs the table shows (its filters apply), from the rows already loaded.</summary>
public static class DashboardCharts
{
    public const int ShortfallCount = 10;

    public static IReadOnlyList<Chart> Of(IReadOnlyList<DashboardRow> rows) => [Grades(rows), Funding(rows), Shortfalls(rows)];

    /// <summary>How many programs got each grade of the Procedure.</summary>
    public static Chart Grades(IReadOnlyList<DashboardRow> rows) => GradeChart.Of(rows.Select(r => r.Procedure.Grade));

    /// <summary>
    /// Plan and cash execution by source, summed over the programs. Municipalities keep sums in rubles or thousands:
    /// a mix is summed in thousands of rubles, so the bars add like with like.
    /// </summary>
    public static Chart Funding(IReadOnlyList<DashboardRow> rows)
    {
        var thousands = rows.Any(r => r.MoneyUnit == MoneyUnit.ThousandRubles);
        decimal In(DashboardRow r, decimal v) => thousands && r.MoneyUnit == MoneyUnit.Rubles ? v / 1000m : v;
        var sources = Enum.GetValues<FundingSource>().Where(s => rows.Any(r => r.Funding.Any(f => f.Source == s))).ToList();
        decimal? Sum(FundingSource s, Func<SourceExecution, decimal> pick) =>
            rows.Sum(r => r.Funding.Where(f => f.Source == s).Sum(f => In(r, pick(f))));
        var unit = RuFormat.MoneyUnit(thousands ? MoneyUnit.ThousandRubles : MoneyUnit.Rubles);
        return new Chart("chart-funding", $"Финансирование: план и кассовое исполнение по источникам, {unit}",
            "Плановый объем и кассовое исполнение по каждому источнику финансирования, суммы по программам таблицы.", ChartKind.Bars,
            "Источник финансирования", sources.Select(Captions.Of).ToList(),
            [new ChartSeries("План", sources.Select(s => Sum(s, f => f.Planned)).ToList()),
             new ChartSeries("Кассовое исполнение", sources.Select(s => Sum(s, f => f.Actual)).ToList())], ChartValues.Money);
    }

    /// <summary>The indicators furthest below plan: the lowest degree of achievement first, ties by name.</summary>
    public static Chart Shortfalls(IReadOnlyList<DashboardRow> rows)
    {
        var worst = rows.SelectMany(r => r.Shortfalls).OrderBy(i => i.S).ThenBy(i => i.Name, StringComparer.Ordinal).Take(ShortfallCount).ToList();
        return PlanFactChart.Of("chart-shortfalls", $"Показатели с наибольшим отставанием от плана (до {ShortfallCount})", worst,
            "Программа и показатель");
    }
}
