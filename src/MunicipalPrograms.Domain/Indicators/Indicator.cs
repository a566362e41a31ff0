using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Indicators;

/// <summary>Показатель (индикатор) with its plan and actual values by year and period.</summary>
public class Indicator
{
    public const int UnitMaxLength = 100;

    public int Id { get; set; }
    public int ProgramId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public IndicatorKind Kind { get; set; } = IndicatorKind.Output;
    public Direction Direction { get; set; } = Direction.Increase;
    public TargetKind TargetKind { get; set; } = TargetKind.Value;
    /// <summary>Value when the program was drafted.</summary>
    public decimal? BaseValue { get; set; }
    public int? BaseYear { get; set; }
    public string? BaseNote { get; set; }

    // What the indicator measures: at most one of these is usually set.
    public int? GoalId { get; set; }
    public int? ObjectiveId { get; set; }
    public int? SubprogramId { get; set; }
    public int? ActivityId { get; set; }

    public string? CalculationMethod { get; set; }
    public int SortOrder { get; set; }
    public List<IndicatorValue> Values { get; set; } = [];
    public IndicatorPassport? Passport { get; set; }

    /// <summary>The one order of indicators everywhere (pages, forms, scoring): by SortOrder, then as entered (Id).</summary>
    public static IEnumerable<Indicator> InOrder(IEnumerable<Indicator> indicators) =>
        indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Id);

    public IndicatorValue? ValueFor(ReportingPeriod period) =>
        Values.FirstOrDefault(v => v.Year == period.Year && v.Period == period.Kind);
}
