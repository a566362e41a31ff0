using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Indicators;

/// <summary>Plan and actual of one indicator for one year or interim period.</summary>
public class IndicatorValue
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public PeriodKind Period { get; set; } = PeriodKind.Year;
    /// <summary>Planned value; for Range the lower bound, for YesNo 1 (да) or 0 (нет).</summary>
    public decimal? Planned { get; set; }
    /// <summary>Upper bound of a Range target.</summary>
    public decimal? PlannedUpper { get; set; }
    public decimal? Actual { get; set; }
    /// <summary>«Не может быть определено на конец года»: drops out of the weights (Appendix 9, note 2).</summary>
    public bool NotMeasured { get; set; }
    public string? DeviationReason { get; set; }
    public string? ActualNote { get; set; }
    public string? Calculation { get; set; }
    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }

    public ReportingPeriod ReportingPeriod => new(Year, Period);
}
