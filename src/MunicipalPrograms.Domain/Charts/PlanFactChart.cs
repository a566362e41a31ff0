using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Charts;

/// <summary>One indicator as the plan-against-fact chart shows it: its plan and fact as printed, and S (null: not scored).</summary>
public sealed record PlanFactItem(string Name, string Plan, string Fact, decimal? S)
{
    /// <summary>The degree of achievement in percent of plan: S × 100 (Procedure, Appendix 10), one decimal.</summary>
    public decimal? Percent => S is { } s ? Math.Round(s * 100m, 1) : null;

    /// <summary>An indicator scored by the Procedure's methodology; the uncapped S, so an overachievement shows.</summary>
    public static PlanFactItem Of(IndicatorScore score) =>
        new(Label(score.Input.Code, score.Input.Name), RuFormat.Target(score.Input.TargetKind, score.Input.Planned, score.Input.PlannedUpper),
            RuFormat.Number(score.Input.Actual), score.Included ? score.RawS : null);

    /// <summary>An indicator of the open data (no report at hand): S by the same rule, a zero denominator left out.</summary>
    public static PlanFactItem Of(string code, string name, Direction direction, decimal? planned, decimal? upper, decimal? actual, string plan)
    {
        var input = new IndicatorInput(code, name, direction, upper is null ? TargetKind.Value : TargetKind.Range, planned, actual, upper);
        return new(Label(code, name), plan, RuFormat.Number(actual), AchievementRatio.Compute(input, ZeroDenominatorRule.Exclude).S);
    }

    private static string Label(string code, string name) => string.IsNullOrWhiteSpace(code) ? name : $"{code} {name}";
}

/// <summary>
/// Plan against fact per indicator (issue 12): bars of the degree of achievement in percent of plan with a line at
/// 100 %; its table has the plan and the fact beside the percentage. Indicators in different units share one axis so.
/// </summary>
public static class PlanFactChart
{
    public const string Description =
        "Степень достижения планового значения каждого показателя в процентах (S × 100 по приложению 10 Порядка; для показателей, "
        + "которые должны снижаться, — план, деленный на факт). Линия — 100 % плана.";

    public static Chart Of(string id, string title, IReadOnlyList<PlanFactItem> items, string categoryHeader = "Показатель") =>
        new(id, title, Description, ChartKind.Bars, categoryHeader, items.Select(i => i.Name).ToList(),
            [new ChartSeries("Достижение плана, %", items.Select(i => i.Percent).ToList())], ChartValues.Percent, 100m, "100 %")
        {
            TableColumns = [new ChartTableColumn("План", items.Select(i => i.Plan).ToList()), new ChartTableColumn("Факт", items.Select(i => i.Fact).ToList())],
        };
}
