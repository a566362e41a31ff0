namespace MunicipalPrograms.Domain.Scoring;

/// <summary>How Ie was obtained, for the explanation next to it.</summary>
public enum EfficiencyRule
{
    /// <summary>Ie = Vf × Ip / Vp.</summary>
    Formula,
    /// <summary>Nothing planned and nothing spent: Ie = Ip (the result alone).</summary>
    NoFunding,
    /// <summary>Money spent with no plan: Ie is undefined.</summary>
    SpentWithoutPlan,
    /// <summary>No indicator could be scored: Ip and Ie are undefined.</summary>
    NoIndicators,
    /// <summary>Invalid settings or data: see the errors.</summary>
    Invalid,
}

/// <summary>
/// The result of the Procedure's methodology for one element and period, carrying every intermediate
/// number (each S and weight, exclusions and why, Vf, Vp, the bands) so screens can show the why.
/// </summary>
public sealed class Evaluation
{
    public required string ElementName { get; init; }
    public required MethodologySettings Settings { get; init; }
    public required IReadOnlyList<IndicatorScore> Indicators { get; init; }
    public required IReadOnlyList<ScoringIssue> Issues { get; init; }
    /// <summary>Ip = Σ Mi × Si over the included indicators.</summary>
    public decimal? ResultIndex { get; init; }
    /// <summary>Vp: planned funding of the element for the period, all sources.</summary>
    public decimal PlannedFunding { get; init; }
    /// <summary>Vf: actual funding (кассовое исполнение), all sources.</summary>
    public decimal ActualFunding { get; init; }
    /// <summary>Ie = Vf × Ip / Vp.</summary>
    public decimal? EfficiencyIndex { get; init; }
    public EfficiencyRule EfficiencyRule { get; init; }
    public EfficiencyGrade Grade { get; init; }

    public bool IsValid => !Issues.Any(i => i.Severity == IssueSeverity.Error);
    public int IncludedCount => Indicators.Count(i => i.Included);

    public string ExplainResultIndex() => ScoringTexts.ExplainResultIndex(this);
    public string ExplainEfficiencyIndex() => ScoringTexts.ExplainEfficiencyIndex(this);
    public string ExplainGrade() => ScoringTexts.ExplainGrade(this);
}
