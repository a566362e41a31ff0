using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Charts;

/// <summary>How many programs got each grade of the Procedure: the dashboard's chart and the consolidated report's.</summary>
public static class GradeChart
{
    public static Chart Of(IEnumerable<EfficiencyGrade> grades)
    {
        var all = Enum.GetValues<EfficiencyGrade>();
        var counts = grades.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        return new Chart("chart-grades", "Распределение программ по уровню эффективности",
            "Число программ с каждым уровнем эффективности по методике Порядка.", ChartKind.Columns, "Уровень эффективности",
            all.Select(ScoringTexts.Caption).ToList(),
            [new ChartSeries("Программ", all.Select(g => (decimal?)counts.GetValueOrDefault(g)).ToList())], ChartValues.Count);
    }
}
