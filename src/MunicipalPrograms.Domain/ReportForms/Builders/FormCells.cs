using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Cells several forms print the same way.</summary>
internal static class FormCells
{
    /// <summary>A plain target stays a number (Excel sums it); «не более», ranges and yes/no print as the words of the plan.</summary>
    public static ReportCell Planned(Indicator indicator, IndicatorValue? value) =>
        value?.Planned is not { } planned ? ReportCell.Empty
        : indicator.TargetKind == TargetKind.Value ? planned
        : RuFormat.Target(indicator.TargetKind, planned, value.PlannedUpper);

    /// <summary>Part of whole in percent to two decimals; «–» when the whole is zero (the percentage is not defined).</summary>
    public static ReportCell Percent(decimal part, decimal whole) => whole == 0 ? RuFormat.Missing : (ReportCell)Math.Round(part / whole * 100m, 2);
}
