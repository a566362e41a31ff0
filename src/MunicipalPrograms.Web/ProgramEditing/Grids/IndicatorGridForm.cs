using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Grids;

/// <summary>
/// The indicators grid as posted: one row per indicator in the order of the page. Rows are bound by their token
/// (<c>Rows.Index</c>), so the script can add, drop and reorder rows without renumbering the inputs.
/// Every value is the text as typed: it is parsed on save, and shown back unchanged when a cell is wrong.
/// </summary>
public sealed class IndicatorGridForm
{
    public uint DraftVersion { get; set; }
    /// <summary>The year whose interim periods (1 квартал, 1 полугодие, 9 месяцев) are shown and posted.</summary>
    public int? InterimYear { get; set; }
    public List<IndicatorRowForm> Rows { get; set; } = [];

    public static readonly PeriodKind[] InterimPeriods = [PeriodKind.Quarter1, PeriodKind.HalfYear, PeriodKind.NineMonths];

    public static IndicatorGridForm From(ProgramPlan plan, uint version, int? interimYear) => new()
    {
        DraftVersion = version, InterimYear = interimYear,
        Rows = plan.Indicators.Select(i => IndicatorRowForm.From(i, interimYear)).ToList(),
    };
}

public sealed class IndicatorRowForm
{
    /// <summary>The row's name in the form (<c>Rows[token]</c>): "k" + key for a stored item, anything else for a new row.</summary>
    public string Token { get; set; } = "";
    public int Key { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public IndicatorKind Kind { get; set; }
    public Direction Direction { get; set; }
    public TargetKind TargetKind { get; set; }
    public string? BaseValue { get; set; }
    public string? BaseYear { get; set; }
    /// <summary>"g:5", "o:7", "s:2", "a:12" (goal, objective, subprogram, activity) or empty.</summary>
    public string? Link { get; set; }
    public Dictionary<int, string?> Plan { get; set; } = [];
    public Dictionary<int, string?> Upper { get; set; } = [];
    public Dictionary<PeriodKind, string?> Interim { get; set; } = [];
    public Dictionary<PeriodKind, string?> InterimUpper { get; set; } = [];

    public string Prefix => $"Rows[{Token}]";

    public static IndicatorRowForm From(PlanIndicator i, int? interimYear)
    {
        var yearly = i.Plans.Where(p => p.Period == PeriodKind.Year).ToList();
        var interim = i.Plans.Where(p => p.Year == interimYear && p.Period != PeriodKind.Year).ToList();
        return new()
        {
            Token = "k" + i.Key, Key = i.Key, Code = i.Code, Name = i.Name, Unit = i.Unit, Kind = i.Kind, Direction = i.Direction,
            TargetKind = i.TargetKind, BaseValue = RuInput.Show(i.BaseValue), BaseYear = i.BaseYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Link = IndicatorLinks.Of(i),
            Plan = yearly.ToDictionary(p => p.Year, p => (string?)RuInput.Show(p.Planned)),
            Upper = yearly.ToDictionary(p => p.Year, p => (string?)RuInput.Show(p.PlannedUpper)),
            Interim = interim.ToDictionary(p => p.Period, p => (string?)RuInput.Show(p.Planned)),
            InterimUpper = interim.ToDictionary(p => p.Period, p => (string?)RuInput.Show(p.PlannedUpper)),
        };
    }
}
