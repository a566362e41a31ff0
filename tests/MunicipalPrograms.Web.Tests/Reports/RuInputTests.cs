using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.Tests.Reports;

public sealed class RuInputTests
{
    [Theory]
    [InlineData("1,1", "1.1")]
    [InlineData("10 632 100,00", "10632100.00")]
    [InlineData("10\u00A0632\u00A0100,00", "10632100.00")]
    [InlineData("1\u202F129,01", "1129.01")]
    [InlineData("1 129,01", "1129.01")]
    [InlineData(" 74 ", "74")]
    [InlineData("0,5", "0.5")]
    [InlineData("1129.01", "1129.01")]
    [InlineData("-3,5", "-3.5")]
    [InlineData("−3,5", "-3.5")]
    public void Reads_numbers_typed_the_russian_way(string typed, string expected)
    {
        var parsed = RuInput.Number(typed);
        parsed.Error.Should().BeNull();
        parsed.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("−")]
    [InlineData("-")]
    [InlineData("1,2,3")]
    [InlineData("12 34,5")]
    [InlineData("1e5")]
    [InlineData("5%")]
    [InlineData("１２３")] // full-width digits (issue 13: once «Слишком большое число»)
    [InlineData("١٢٣")] // Arabic-Indic digits
    [InlineData("NaN")]
    [InlineData("1e309")]
    public void Refuses_what_is_not_a_number_with_a_russian_message(string typed)
    {
        var parsed = RuInput.Number(typed);
        parsed.Value.Should().BeNull();
        parsed.Error.Should().Contain("не число");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_input_is_no_value(string? typed) => RuInput.Number(typed).Should().Be(new Parsed<decimal>(null, null));

    [Fact]
    public void Money_is_not_negative_and_has_at_most_five_decimals()
    {
        RuInput.Money("-1").Error.Should().Contain("не может быть отрицательным");
        RuInput.Money("1,123456").Error.Should().Contain("не более 5");
        RuInput.Money("1 097,79000").Value.Should().Be(1097.79m);
    }

    [Theory]
    [InlineData("15.03.2025", 2025, 3, 15)]
    [InlineData("2025-03-15", 2025, 3, 15)]
    [InlineData("1.2.2024", 2024, 2, 1)]
    public void Reads_dates(string typed, int y, int m, int d) => RuInput.Date(typed).Value.Should().Be(new DateOnly(y, m, d));

    [Theory]
    [InlineData("31.02.2025")]
    [InlineData("15/03/2025")]
    [InlineData("вчера")]
    public void Refuses_what_is_not_a_date(string typed) => RuInput.Date(typed).Error.Should().Contain("не дата");

    [Fact]
    public void An_input_shows_its_value_with_thousands_separated_and_reads_it_back_unchanged()
    {
        // As «10 632 100,00» is written in the reports (issue 18: inputs too), with the no-break space of ru-RU.
        RuInput.ShowMoney(10_632_100m).Should().Be("10\u00A0632\u00A0100,00");
        RuInput.Show(2450.5m).Should().Be("2\u00A0450,5");
        RuInput.Show(62.1235m).Should().Be("62,1235");
        RuInput.Money(RuInput.ShowMoney(10_632_100m)).Value.Should().Be(10_632_100m, "an unchanged value posts back as it was shown");
        RuInput.Number(RuInput.Show(2450.5m)).Value.Should().Be(2450.5m);
    }
}
