using MunicipalPrograms.Domain.Indicators;

namespace MunicipalPrograms.Domain.Reports;

/// <summary>Вес показателя set in a report when its weight mode is Explicit (0..1, summing to 1).</summary>
public class ReportIndicatorWeight
{
    public int ReportId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public decimal Weight { get; set; }
}
