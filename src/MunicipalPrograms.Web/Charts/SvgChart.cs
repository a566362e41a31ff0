using MunicipalPrograms.Domain.Charts;
using System.Globalization;
using System.Net;
using System.Text;

namespace MunicipalPrograms.Web.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> as inline SVG on the server: no script, no inline style (colours are CSS classes of
/// site.css, so the Content-Security-Policy holds and print keeps them), scalable by its viewBox, readable at 1366×768
/// and on paper. Negative values are drawn as zero (the portal's money, percentages and indices are not negative);
/// the table beside the chart has every number as it is.
/// </summary>
public static class SvgChart
{
    public const int Width = 760;
    private const int LabelWidth = 250, ValueWidth = 100, BarHeight = 14, BarGap = 4, BandGap = 10, Top = 34, LineHeight = 14;

    public static string Render(Chart chart) => chart.Kind switch
    {
        ChartKind.Columns => Columns(chart),
        ChartKind.Lines => Lines(chart),
        _ => Bars(chart),
    };

    /// <summary>The top of the value axis: the largest value or reference, rounded up to a step of 1, 2 or 5 × 10ⁿ.</summary>
    public static decimal AxisMax(Chart chart)
    {
        var max = chart.Series.SelectMany(s => s.Values).Select(v => v ?? 0m).Append(chart.Reference ?? 0m).DefaultIfEmpty(0m).Max();
        if (max <= 0) return 1m;
        var step = Step(chart, max);
        return Math.Ceiling(max / step) * step;
    }

    /// <summary>A step of 1, 2 or 5 × 10ⁿ not below <paramref name="rough"/> (1 for nothing positive).</summary>
    public static decimal NiceStep(decimal rough)
    {
        if (rough <= 0) return 1m;
        // Whole powers of ten as decimals: double's Math.Pow(10, -1) would carry 0.1000000000000000055 into the labels.
        var exponent = (int)Math.Floor(Math.Log10((double)rough));
        var magnitude = exponent >= 0 ? Pow10(exponent) : 1m / Pow10(-exponent);
        foreach (var f in new[] { 1m, 2m, 5m, 10m })
            if (f * magnitude >= rough) return f * magnitude;
        return 10m * magnitude;
    }

    private static decimal Pow10(int n) => Enumerable.Repeat(10m, Math.Min(n, 27)).Aggregate(1m, (a, b) => a * b);

    /// <summary>The grid's step for an axis up to <paramref name="max"/>: about four steps; whole numbers for counts.</summary>
    private static decimal Step(Chart chart, decimal max)
    {
        var step = NiceStep(max / 4m);
        return chart.Format == ChartValues.Count ? Math.Max(1m, step) : step;
    }

    private static string Bars(Chart chart)
    {
        // A band holds its bars and two lines of its label, whichever is taller.
        var band = Math.Max(chart.Series.Count * (BarHeight + BarGap) - BarGap, 2 * LineHeight) + BandGap;
        var height = Top + chart.Categories.Count * band + 24;
        var plot = Width - LabelWidth - ValueWidth;
        var max = AxisMax(chart);
        var svg = Open(chart, height);
        Legend(svg, chart);
        Grid(svg, max, x => LabelWidth + x * plot, Top - 4, height - 20, vertical: true, chart);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var y0 = Top + c * band;
            var name = chart.Categories[c];
            var lines = Wrap(name, 26, 2);
            var first = y0 + (band - BandGap) / 2m + 4 - (lines.Count - 1) * LineHeight / 2m;
            svg.Append($"<text class=\"chart-label\" text-anchor=\"end\"><title>{E(name)}</title>{Spans(lines, LabelWidth - 8, first)}</text>");
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.Series[s].Values[c];
                var y = y0 + s * (BarHeight + BarGap);
                if (value is not { } v) { svg.Append($"<text class=\"chart-value\" x=\"{LabelWidth + 4}\" y=\"{y + 11}\">{E(chart.Print(null))}</text>"); continue; }
                var w = Math.Max(0m, v) / max * plot;
                svg.Append($"<rect class=\"chart-series-{s}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{N(w)}\" height=\"{BarHeight}\"><title>{E($"{name}: {chart.Series[s].Name} — {chart.Print(v)}")}</title></rect>");
                svg.Append($"<text class=\"chart-value\" x=\"{N(LabelWidth + w + 4)}\" y=\"{y + 11}\">{E(chart.Print(v))}</text>");
            }
        }
        Reference(svg, chart, max, x => LabelWidth + x * plot, Top - 4, height - 20, vertical: true);
        return svg.Append("</svg>").ToString();
    }

    private static string Columns(Chart chart)
    {
        const int height = 300, bottom = 240, left = 60;
        var plot = Width - left - 20;
        var max = AxisMax(chart);
        var svg = Open(chart, height);
        Legend(svg, chart);
        Grid(svg, max, y => bottom - y * (bottom - Top), left, Width - 20, vertical: false, chart);
        var band = (decimal)plot / Math.Max(1, chart.Categories.Count);
        var barWidth = Math.Min(60m, (band - 16m) / chart.Series.Count);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var x0 = left + c * band + (band - barWidth * chart.Series.Count) / 2m;
            // Up to three lines under the column, as many letters a line as its band holds (about 7 units a letter).
            var lines = Wrap(chart.Categories[c], Math.Max(6, (int)(band / 7m)), 3);
            svg.Append($"<text class=\"chart-label\" text-anchor=\"middle\"><title>{E(chart.Categories[c])}</title>{Spans(lines, left + c * band + band / 2m, bottom + 18)}</text>");
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (chart.Series[s].Values[c] is not { } v) continue;
                var h = Math.Max(0m, v) / max * (bottom - Top);
                var x = x0 + s * barWidth;
                svg.Append($"<rect class=\"chart-series-{s}\" x=\"{N(x)}\" y=\"{N(bottom - h)}\" width=\"{N(barWidth - 2)}\" height=\"{N(h)}\"><title>{E($"{chart.Categories[c]}: {chart.Print(v)}")}</title></rect>");
                svg.Append($"<text class=\"chart-value\" x=\"{N(x + (barWidth - 2) / 2m)}\" y=\"{N(bottom - h - 4)}\" text-anchor=\"middle\">{E(chart.Print(v))}</text>");
            }
        }
        Reference(svg, chart, max, y => bottom - y * (bottom - Top), left, Width - 20, vertical: false);
        return svg.Append("</svg>").ToString();
    }

    private static string Lines(Chart chart)
    {
        const int height = 280, bottom = 240, left = 60;
        // The last point stays clear of the right edge, where the reference line's label goes.
        var plot = Width - left - 60;
        var max = AxisMax(chart);
        var svg = Open(chart, height);
        Legend(svg, chart);
        Grid(svg, max, y => bottom - y * (bottom - Top), left, Width - 20, vertical: false, chart);
        Reference(svg, chart, max, y => bottom - y * (bottom - Top), left, Width - 20, vertical: false);
        var step = chart.Categories.Count > 1 ? (decimal)plot / (chart.Categories.Count - 1) : 0m;
        // A single year stands in the middle of the plot, not on its left edge.
        decimal X(int c) => chart.Categories.Count > 1 ? left + 20 + c * step : left + 20 + plot / 2m;
        decimal Y(decimal v) => bottom - Math.Max(0m, v) / max * (bottom - Top);
        for (var c = 0; c < chart.Categories.Count; c++)
            svg.Append($"<text class=\"chart-label\" x=\"{N(X(c))}\" y=\"{bottom + 18}\" text-anchor=\"middle\">{E(chart.Categories[c])}</text>");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var points = chart.Series[s].Values.Select((v, c) => (v, c)).Where(p => p.v is not null).ToList();
            if (points.Count > 1)
                svg.Append($"<polyline class=\"chart-line-{s}\" fill=\"none\" points=\"{string.Join(" ", points.Select(p => $"{N(X(p.c))},{N(Y(p.v!.Value))}"))}\"/>");
            foreach (var (v, c) in points)
                svg.Append(Marker(s, X(c), Y(v!.Value), E($"{chart.Series[s].Name}, {chart.Categories[c]}: {chart.Print(v)}")));
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// A point of a line: a circle for the first series, a diamond for the second (points of equal value stay
    /// distinguishable, and not by colour alone), a square after.
    /// </summary>
    private static string Marker(int series, decimal x, decimal y, string title) => series switch
    {
        0 => $"<circle class=\"chart-series-0\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"4.5\"><title>{title}</title></circle>",
        1 => $"<polygon class=\"chart-series-1\" points=\"{N(x)},{N(y - 6)} {N(x + 6)},{N(y)} {N(x)},{N(y + 6)} {N(x - 6)},{N(y)}\"><title>{title}</title></polygon>",
        _ => $"<rect class=\"chart-series-{series}\" x=\"{N(x - 4)}\" y=\"{N(y - 4)}\" width=\"8\" height=\"8\"><title>{title}</title></rect>",
    };

    private static StringBuilder Open(Chart chart, int height) => new StringBuilder()
        .Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{E(chart.Id)}-title {E(chart.Id)}-desc\">")
        .Append($"<title id=\"{E(chart.Id)}-title\">{E(chart.Title)}</title><desc id=\"{E(chart.Id)}-desc\">{E(chart.Description)}</desc>");

    private static void Legend(StringBuilder svg, Chart chart)
    {
        if (chart.Series.Count < 2) return;
        var x = 8m;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            svg.Append($"<rect class=\"chart-series-{s}\" x=\"{N(x)}\" y=\"6\" width=\"12\" height=\"12\"/>");
            svg.Append($"<text class=\"chart-legend\" x=\"{N(x + 16)}\" y=\"16\">{E(chart.Series[s].Name)}</text>");
            x += 16 + chart.Series[s].Name.Length * 7m + 20;
        }
    }

    /// <summary>Grid lines and axis labels at the four or five steps of the value axis.</summary>
    private static void Grid(StringBuilder svg, decimal max, Func<decimal, decimal> at, decimal from, decimal to, bool vertical, Chart chart)
    {
        var step = Step(chart, max);
        for (var v = 0m; v <= max; v += step)
        {
            var p = at(v / max);
            svg.Append(vertical
                ? $"<line class=\"chart-grid\" x1=\"{N(p)}\" y1=\"{N(from)}\" x2=\"{N(p)}\" y2=\"{N(to)}\"/><text class=\"chart-axis\" x=\"{N(p)}\" y=\"{N(to + 14)}\" text-anchor=\"middle\">{E(chart.Print(v))}</text>"
                : $"<line class=\"chart-grid\" x1=\"{N(from)}\" y1=\"{N(p)}\" x2=\"{N(to)}\" y2=\"{N(p)}\"/><text class=\"chart-axis\" x=\"{N(from - 6)}\" y=\"{N(p + 4)}\" text-anchor=\"end\">{E(chart.Print(v))}</text>");
        }
    }

    private static void Reference(StringBuilder svg, Chart chart, decimal max, Func<decimal, decimal> at, decimal from, decimal to, bool vertical)
    {
        if (chart.Reference is not { } r) return;
        var p = at(r / max);
        var label = E(chart.ReferenceLabel ?? chart.Print(r));
        svg.Append(vertical
            ? $"<line class=\"chart-ref\" x1=\"{N(p)}\" y1=\"{N(from)}\" x2=\"{N(p)}\" y2=\"{N(to)}\"/><text class=\"chart-ref-label\" x=\"{N(p)}\" y=\"{N(from - 4)}\" text-anchor=\"middle\">{label}</text>"
            : $"<line class=\"chart-ref\" x1=\"{N(from)}\" y1=\"{N(p)}\" x2=\"{N(to)}\" y2=\"{N(p)}\"/><text class=\"chart-ref-label\" x=\"{N(to + 18)}\" y=\"{N(p + 4)}\" text-anchor=\"end\">{label}</text>");
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    /// <summary>Words into at most <paramref name="maxLines"/> lines of about <paramref name="width"/> letters; the last cut with «…».</summary>
    public static List<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        if (lines.Count <= maxLines) return lines.Select(l => Cut(l, width)).ToList();
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = Cut(kept[^1] + " " + string.Join(" ", lines.Skip(maxLines)), width);
        return kept;
    }

    /// <summary>Lines of a label as tspans one under another from (x, y).</summary>
    private static string Spans(IReadOnlyList<string> lines, decimal x, decimal y) =>
        string.Concat(lines.Select((l, n) => $"<tspan x=\"{N(x)}\" y=\"{N(y + n * LineHeight)}\">{E(l)}</tspan>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Coordinates with a dot and at most one decimal, whatever the request culture.</summary>
    private static string N(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
