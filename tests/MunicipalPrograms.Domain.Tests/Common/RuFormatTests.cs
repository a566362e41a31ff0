using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Tests.Common;

/// <summary>The one Russian format of the portal: non-breaking space between groups, decimal comma, «–» for nothing.</summary>
public sealed class RuFormatTests
{
    private const string Nbsp = "\u00A0";

    [Fact]
    public void Money_has_two_decimals_and_groups_of_three() =>
        RuFormat.Money(10_632_100m).Should().Be($"10{Nbsp}632{Nbsp}100,00");

    [Theory]
    [InlineData("1129.01", "1 129,01")]
    [InlineData("0.95123", "0,9512")]
    [InlineData("74", "74")]
    public void A_number_has_as_many_decimals_as_it_needs_at_most_four(string value, string expected) =>
        RuFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected.Replace(" ", Nbsp));

    [Fact]
    public void A_negative_number_has_the_typographic_minus_and_still_parses_back_from_a_hyphen()
    {
        RuFormat.Number(-3.5m).Should().Be("\u22123,5");
        RuFormat.Money(-1129.01m).Should().Be($"\u22121{Nbsp}129,01");
        RuFormat.Index(-0.25m).Should().Be("\u22120,2500");
        // The request culture keeps the hyphen (hidden keys of −1 render as scripts expect); both read either sign.
        (-1).ToString(RuFormat.Culture).Should().Be("-1");
        decimal.Parse("-3,5", RuFormat.Printed).Should().Be(-3.5m);
        decimal.Parse("\u22123,5", RuFormat.Printed).Should().Be(-3.5m);
    }

    [Fact]
    public void An_index_has_exactly_four_decimals() => RuFormat.Index(1.08325m).Should().Be("1,0832"); // banker's rounding: …25 → …2

    [Fact]
    public void A_percent_has_one_decimal_and_a_non_breaking_space() => RuFormat.Percent(97.24m).Should().Be($"97,2{Nbsp}%");

    [Fact]
    public void A_date_is_day_month_year() => RuFormat.Date(new DateOnly(2025, 3, 15)).Should().Be("15.03.2025");

    [Fact]
    public void Every_missing_value_prints_as_one_en_dash()
    {
        new[] { RuFormat.Money(null), RuFormat.Number(null), RuFormat.Index(null), RuFormat.Percent(null), RuFormat.Date((DateOnly?)null), RuFormat.YesNo(null) }
            .Should().AllBe("–");
    }

    [Theory]
    [InlineData(TargetKind.AtMost, "2", null, "не более 2")]
    [InlineData(TargetKind.AtLeast, "5", null, "не менее 5")]
    [InlineData(TargetKind.Range, "1", "5", "1 – 5")]
    [InlineData(TargetKind.YesNo, "1", null, "да")]
    [InlineData(TargetKind.Value, "1.5", null, "1,5")]
    public void A_planned_value_reads_as_the_plan_says(TargetKind kind, string planned, string? upper, string expected) =>
        RuFormat.Target(kind, decimal.Parse(planned, System.Globalization.CultureInfo.InvariantCulture),
            upper is null ? null : decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);
}
