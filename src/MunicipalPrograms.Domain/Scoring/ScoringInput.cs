using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Scoring;

/// <summary>One indicator of an element for one period: what the methodology needs, nothing else.</summary>
/// <param name="Direction">Null when the program never set it: an error the evaluation reports.</param>
/// <param name="Weight">The weight set in the report (Explicit mode); ignored in Equal mode.</param>
/// <param name="PreviousActual">Last year's actual, for the growth rate.</param>
public sealed record IndicatorInput(
    string Code,
    string Name,
    Direction? Direction,
    TargetKind TargetKind,
    decimal? Planned,
    decimal? Actual,
    decimal? PlannedUpper = null,
    bool NotMeasured = false,
    decimal? Weight = null,
    decimal? PreviousActual = null,
    bool HasDeviationReason = false);

/// <summary>An activity as the timeliness criterion and the federal methodology see it.</summary>
/// <param name="DueInPeriod">Planned to be completed within the reporting period.</param>
/// <param name="Completed">Выполнено.</param>
/// <param name="OnTime">Completed no later than its planned date.</param>
public sealed record ActivityInput(string Code, bool DueInPeriod, bool Completed, bool OnTime, bool IsInvestment = false,
    decimal PlannedFunding = 0m, decimal ActualFunding = 0m);

/// <summary>
/// A snapshot of one element (an activity, a subprogram or the whole program) for one period:
/// its indicators, its planned (Vp) and actual (Vf) funding from all sources, its activities.
/// </summary>
public sealed record ElementInput(
    string Name,
    IReadOnlyList<IndicatorInput> Indicators,
    decimal PlannedFunding,
    decimal ActualFunding,
    IReadOnlyList<ActivityInput>? Activities = null);
