using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Charts;

/// <summary>How a chart draws its data.</summary>
public enum ChartKind
{
    /// <summary>One band per category with a bar per series, value axis across: long names (indicators, sources) fit.</summary>
    Bars,

    /// <summary>Vertical columns per category: a few short categories (grades).</summary>
    Columns,

    /// <summary>A line per series over ordered categories (years): trends.</summary>
    Lines,
}

/// <summary>How the numbers of a chart print on it and in its table.</summary>
public enum ChartValues { Number, Money, Percent, Index, Count }

/// <summary>One series: a name for the legend and the table, one value per category (null: no value).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>A column only the chart's table has (the plan and the fact beside a percentage), its cells already printed.</summary>
public sealed record ChartTableColumn(string Header, IReadOnlyList<string> Cells);

/// <summary>
/// A chart as data: what it shows (its title and a one-sentence description for screen readers), its categories and
/// series, how its values print, and an optional reference value drawn as a line (100 % of plan, an index of 1).
/// The same data renders as SVG (Web/Charts/SvgChart), as the table beside it (Views/Shared/_Chart.cshtml) and in the
/// forms (ReportForms.ChartSection: a picture in the XLSX).
/// </summary>
public sealed record Chart(
    string Id, string Title, string Description, ChartKind Kind, string CategoryHeader,
    IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, ChartValues Format = ChartValues.Number,
    decimal? Reference = null, string? ReferenceLabel = null)
{
    /// <summary>Columns the table prints between the category and the series (no place on the chart).</summary>
    public IReadOnlyList<ChartTableColumn> TableColumns { get; init; } = [];

    public bool IsEmpty => Categories.Count == 0 || Series.All(s => s.Values.All(v => v is null));

    /// <summary>A value as the chart and its table print it.</summary>
    public string Print(decimal? value) => Format switch
    {
        ChartValues.Money => RuFormat.Money(value),
        ChartValues.Percent => RuFormat.Percent(value),
        ChartValues.Index => RuFormat.Index(value),
        ChartValues.Count => value is { } v ? RuFormat.Number(Math.Round(v)) : RuFormat.Missing,
        _ => RuFormat.Number(value is { } n ? Math.Round(n, 2) : null),
    };
}
