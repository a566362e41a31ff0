using System.Globalization;
using System.Xml.Linq;
using MunicipalPrograms.Domain.Charts;
using MunicipalPrograms.Web.Charts;

namespace MunicipalPrograms.Web.Tests.Charts;

/// <summary>The SVG drawing alone: well-formed XML, bars in proportion, the axis, escaping, Russian numbers. No database.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static Chart Bars(params decimal?[] values) =>
        new("c", "Заголовок", "Описание", ChartKind.Bars, "Категория", values.Select((_, n) => $"К{n + 1}").ToList(),
            [new ChartSeries("Ряд", values)]);

    private static XDocument Parse(Chart chart) => XDocument.Parse(SvgChart.Render(chart));

    private static List<XElement> Rects(XDocument svg) =>
        svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("chart-series-", StringComparison.Ordinal) == true
            && r.Attribute("height")?.Value != "12").ToList();

    [Theory]
    [InlineData(ChartKind.Bars)]
    [InlineData(ChartKind.Columns)]
    [InlineData(ChartKind.Lines)]
    public void Every_kind_is_well_formed_svg_with_a_title_and_role_img(ChartKind kind)
    {
        var chart = Bars(1m, null, 3m) with { Kind = kind, Reference = 2m };

        var svg = Parse(chart).Root!;

        svg.Name.Should().Be(Svg + "svg");
        svg.Attribute("role")!.Value.Should().Be("img");
        svg.Element(Svg + "title")!.Value.Should().Be("Заголовок");
        svg.Element(Svg + "desc")!.Value.Should().Be("Описание");
        svg.Attribute("aria-labelledby")!.Value.Should().Be("c-title c-desc");
        SvgChart.Render(chart).Should().NotContain("style");
    }

    [Fact]
    public void A_bar_is_drawn_for_each_value_and_none_for_a_missing_one()
    {
        var svg = Parse(Bars(50m, null, 100m, 0m));

        Rects(svg).Should().HaveCount(3);
        // The missing value prints as an en dash (RuFormat.Missing) beside where its bar would be.
        svg.Descendants(Svg + "text").Where(t => t.Attribute("class")?.Value == "chart-value").Select(t => t.Value).Should().Contain("\u2013");
    }

    [Fact]
    public void Bar_widths_are_in_proportion_to_the_values_on_an_axis_to_100()
    {
        // Axis: max 100 → step NiceStep(25) = 50 → top 100. Plot width: 760 − 250 (labels) − 100 (values) = 410.
        var svg = Parse(Bars(50m, 100m));

        var widths = Rects(svg).Select(r => decimal.Parse(r.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToList();

        widths.Should().Equal(205m, 410m);
    }

    [Theory]
    [InlineData(100, 100)]     // step 50 (25 → 50), 100 is two steps
    [InlineData(101, 150)]     // step 50, three steps
    [InlineData(90, 100)]      // 22,5 → step 50
    [InlineData(7, 8)]         // 1,75 → step 2
    [InlineData(0.3, 0.3)]     // 0,075 → step 0,1
    [InlineData(1234.5, 1500)] // 308,6 → step 500
    public void The_axis_ends_at_a_whole_number_of_nice_steps(double max, double expected)
    {
        var chart = Bars((decimal)max);

        SvgChart.AxisMax(chart).Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData(25, 50)]
    [InlineData(20, 20)]
    [InlineData(0.075, 0.1)]
    [InlineData(3, 5)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    public void Nice_steps_are_1_2_or_5_times_a_power_of_ten(double rough, double expected)
    {
        SvgChart.NiceStep((decimal)rough).Should().Be((decimal)expected);
    }

    [Fact]
    public void The_reference_raises_the_axis_and_counts_step_by_whole_numbers()
    {
        SvgChart.AxisMax(Bars(40m) with { Reference = 100m }).Should().Be(100m);
        // One program: a step of 0,5 would print «0», «1», «1»; counts step by 1.
        var counts = Bars(1m) with { Kind = ChartKind.Columns, Format = ChartValues.Count };
        var axis = Parse(counts).Descendants(Svg + "text").Where(t => t.Attribute("class")?.Value == "chart-axis").Select(t => t.Value).ToList();
        axis.Should().Equal("0", "1");
    }

    [Fact]
    public void Names_with_markup_are_escaped()
    {
        var chart = new Chart("c", "<script>alert(1)</script>", "d", ChartKind.Bars, "К", ["<script>x</script> & \"b\""],
            [new ChartSeries("<b>ряд</b>", [1m])]);

        var text = SvgChart.Render(chart);

        text.Should().NotContain("<script>").And.NotContain("<b>");
        var svg = XDocument.Parse(text);
        svg.Root!.Element(Svg + "title")!.Value.Should().Be("<script>alert(1)</script>");
        svg.Descendants(Svg + "text").Select(t => t.Element(Svg + "title")?.Value).Should().Contain("<script>x</script> & \"b\"");
    }

    [Fact]
    public void Values_print_in_Russian_with_a_no_break_space_and_a_decimal_comma()
    {
        var chart = Bars(1234.5m) with { Format = ChartValues.Money };

        var labels = Parse(chart).Descendants(Svg + "text").Where(t => t.Attribute("class")?.Value == "chart-value").Select(t => t.Value).ToList();

        labels.Should().Equal("1\u00A0234,50");
        (Bars(12.34m) with { Format = ChartValues.Percent }).Print(12.34m).Should().Be("12,3\u00A0%");
        (Bars(1m) with { Format = ChartValues.Index }).Print(0.98767m).Should().Be("0,9877");
    }

    [Fact]
    public void An_empty_chart_is_still_well_formed_and_says_it_is_empty()
    {
        var empty = new Chart("e", "Пусто", "d", ChartKind.Bars, "К", [], [new ChartSeries("Ряд", [])]);
        var nulls = Bars(null, null);

        empty.IsEmpty.Should().BeTrue();
        nulls.IsEmpty.Should().BeTrue();
        Rects(Parse(empty)).Should().BeEmpty();
        Rects(Parse(nulls with { Kind = ChartKind.Lines })).Should().BeEmpty();
        SvgChart.AxisMax(nulls).Should().Be(1m);
    }

    [Fact]
    public void Lines_put_a_point_at_each_value_and_join_them()
    {
        var chart = new Chart("l", "t", "d", ChartKind.Lines, "Год", ["2022", "2023", "2024"],
            [new ChartSeries("Ip", [0.5m, null, 1m]), new ChartSeries("Iэ", [0.8m, 0.9m, 1m])], ChartValues.Index, 1m);

        var svg = Parse(chart);

        // Ip's two points are circles, Iэ's three diamonds.
        svg.Descendants(Svg + "circle").Should().HaveCount(2);
        svg.Descendants(Svg + "polygon").Should().HaveCount(3);
        svg.Descendants(Svg + "polyline").Select(p => p.Attribute("class")!.Value).Should().Equal("chart-line-0", "chart-line-1");
        svg.Descendants(Svg + "line").Count(l => l.Attribute("class")?.Value == "chart-ref").Should().Be(1);
    }

    [Fact]
    public void Long_labels_wrap_on_words_into_at_most_the_lines_given()
    {
        SvgChart.Wrap("бюджет субъекта Российской Федерации", 20, 2).Should().Equal("бюджет субъекта", "Российской Федерации");
        SvgChart.Wrap("один два три четыре", 9, 2).Should().Equal("один два", "три четы…"); // nine letters: eight and «…»
        SvgChart.Wrap("", 10, 2).Should().Equal("");
    }
}
