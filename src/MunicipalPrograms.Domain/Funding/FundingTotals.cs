using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Funding;

/// <summary>Planned and actual sums by source. Totals are always computed from lines, never stored.</summary>
public sealed record FundingTotals(
    IReadOnlyDictionary<FundingSource, decimal> PlannedBySource,
    IReadOnlyDictionary<FundingSource, decimal> ActualBySource)
{
    public decimal Planned => PlannedBySource.Values.Sum();
    public decimal Actual => ActualBySource.Values.Sum();

    /// <summary>Cash execution as a percentage of the plan, one decimal; null when nothing is planned.</summary>
    public decimal? ExecutionPercent => Planned == 0 ? null : Math.Round(Actual / Planned * 100m, 1);

    public static FundingTotals Of(IEnumerable<FundingLine> lines)
    {
        var planned = Enum.GetValues<FundingSource>().ToDictionary(s => s, _ => 0m);
        var actual = Enum.GetValues<FundingSource>().ToDictionary(s => s, _ => 0m);
        foreach (var line in lines)
        {
            planned[line.Source] += line.Planned;
            actual[line.Source] += line.Actual ?? 0m;
        }
        return new FundingTotals(planned, actual);
    }
}
