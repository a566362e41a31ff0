using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Scoring;

/// <summary>Размер и охват целевой группы.</summary>
public sealed record TargetGroupInput(string Name, decimal Covered, decimal Total);

/// <summary>What Appendix 9 section 2 is computed from.</summary>
public sealed record AdditionalCriteriaInput(
    IReadOnlyList<TargetGroupInput> TargetGroups,
    bool? HasWorkingGroup,
    IReadOnlyList<ActivityInput> Activities,
    IReadOnlyDictionary<FundingSource, decimal> ActualBySource,
    bool? HasBudgetEffect,
    bool? HasSocialEffect,
    string? EffectDescription);

/// <summary>The six criteria of Appendix 9 section 2, computed where the data allow.</summary>
public sealed record AdditionalCriteriaResult(
    decimal? TargetGroupCoverage,
    IReadOnlyList<(string Name, decimal? Ratio)> TargetGroupRatios,
    bool? HasWorkingGroup,
    decimal? TimelyExecutionRate,
    int ActivitiesDue,
    int ActivitiesOnTime,
    decimal? InvestmentShare,
    IReadOnlyDictionary<FundingSource, bool> CoFunding,
    bool? HasBudgetEffect,
    bool? HasSocialEffect,
    string? EffectDescription);

public static class AdditionalCriteriaCalculator
{
    /// <summary>Co-funding sources Appendix 9 (note 4) asks about: all but the municipality's own budget.</summary>
    public static readonly FundingSource[] CoFundingSources =
        [FundingSource.Federal, FundingSource.Regional, FundingSource.Settlements, FundingSource.ExtraBudgetary];

    public static AdditionalCriteriaResult Compute(AdditionalCriteriaInput input)
    {
        // Note 1: each group's covered / total; for several groups, the mean of their ratios.
        var ratios = input.TargetGroups
            .Select(g => (g.Name, Ratio: g.Total > 0 ? g.Covered / g.Total : (decimal?)null)).ToList();
        var known = ratios.Where(r => r.Ratio is not null).Select(r => r.Ratio!.Value).ToList();
        decimal? coverage = known.Count > 0 ? known.Average() : null;

        // Note 2: activities done on time / activities planned for the period, %.
        var due = input.Activities.Count(a => a.DueInPeriod);
        var onTime = input.Activities.Count(a => a.DueInPeriod && a.Completed && a.OnTime);
        decimal? timely = due > 0 ? (decimal)onTime / due * 100m : null;

        // Note 3: investment expenses in the total expenses of the period, %.
        var total = input.Activities.Sum(a => a.ActualFunding);
        var investment = input.Activities.Where(a => a.IsInvestment).Sum(a => a.ActualFunding);
        decimal? investmentShare = total > 0 ? investment / total * 100m : null;

        var coFunding = CoFundingSources.ToDictionary(s => s, s => input.ActualBySource.TryGetValue(s, out var v) && v > 0);

        return new AdditionalCriteriaResult(coverage, ratios, input.HasWorkingGroup, timely, due, onTime, investmentShare,
            coFunding, input.HasBudgetEffect, input.HasSocialEffect, input.EffectDescription);
    }
}
