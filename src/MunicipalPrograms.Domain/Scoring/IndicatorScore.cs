namespace MunicipalPrograms.Domain.Scoring;

/// <summary>One indicator's part in the result index, with every intermediate number.</summary>
public sealed class IndicatorScore
{
    public required IndicatorInput Input { get; init; }
    public required AchievementRule Rule { get; init; }
    /// <summary>S before the cap.</summary>
    public decimal? RawS { get; init; }
    /// <summary>S as used in the index (after the cap, if any).</summary>
    public decimal? S { get; init; }
    public bool Capped => S != RawS;
    /// <summary>The weight as given (Explicit) or 1/N of all indicators (Equal), before exclusions.</summary>
    public decimal? StatedWeight { get; init; }
    /// <summary>Mi actually applied: the stated weight spread over the included indicators.</summary>
    public decimal Weight { get; internal set; }
    public bool Included => !Rule.IsExclusion();
    /// <summary>Mi × Si.</summary>
    public decimal Contribution => Included ? Weight * S!.Value : 0m;
    public IndicatorDeviation Deviation { get; init; }

    public string Explain() => ScoringTexts.Explain(this);
}
