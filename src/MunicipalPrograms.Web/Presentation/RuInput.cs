using System.Globalization;
using System.Text.RegularExpressions;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.Presentation;

/// <summary>The result of reading one typed value: the value, or a message in Russian for next to the field.</summary>
public readonly record struct Parsed<T>(T? Value, string? Error) where T : struct
{
    public bool Ok => Error is null;
}

/// <summary>
/// Reads numbers and dates typed the Russian way: "1,1", "10 632 100,00", "1 129,01" (ordinary,
/// non-breaking or thin spaces as group separators, decimal comma; a decimal point is accepted too,
/// because values are pasted from Excel and calculators). Empty input is "no value".
/// </summary>
public static partial class RuInput
{
    // Optional minus (hyphen or the typographic minus), digits in groups of three or plain, one decimal separator.
    // ASCII digits only: \d would also take full-width «１２３» and Arabic-Indic «١٢٣», which decimal.Parse then refuses.
    [GeneratedRegex(@"^(?<sign>[-−])?(?<int>[0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?:[.,](?<frac>[0-9]+))?$")]
    private static partial Regex NumberPattern();

    /// <summary>
    /// A number that fits <paramref name="column"/> (measured values by default): no more decimals than it keeps (trailing
    /// zeros do not count) and no larger than it holds, so the stored and audited value is exactly the typed one.
    /// </summary>
    public static Parsed<decimal> Number(string? text, NumberColumn? column = null, bool allowNegative = true)
    {
        column ??= NumberColumns.Measured;
        if (string.IsNullOrWhiteSpace(text)) return new(null, null);
        var normalized = text.Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' ');
        var match = NumberPattern().Match(normalized);
        if (!match.Success)
            return new(null, $"«{text.Trim()}» — не число. Введите число с десятичной запятой, например 1 129,01.");
        var fraction = match.Groups["frac"].Value.TrimEnd('0');
        if (fraction.Length > column.Scale)
            return new(null, $"Слишком много знаков после запятой: допускается не более {column.Scale}.");
        var digits = match.Groups["int"].Value.Replace(" ", "") + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > column.Max)
            return new(null, $"Слишком большое число: не более {column.Max.ToString("#,0.##########", RuFormat.Culture)}.");
        if (match.Groups["sign"].Success) value = -value;
        if (value < 0 && !allowNegative)
            return new(null, "Значение не может быть отрицательным.");
        return new(value, null);
    }

    /// <summary>Money in the municipality's unit: never negative; up to 5 decimals (тыс. рублей to the kopeck).</summary>
    public static Parsed<decimal> Money(string? text) => Number(text, NumberColumns.Money, allowNegative: false);

    /// <summary>"15.03.2025" as typed, or "2025-03-15" as a date input sends it.</summary>
    public static Parsed<DateOnly> Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(null, null);
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1990 and <= 2100)
            return new(date, null);
        return new(null, $"«{t}» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025.");
    }

    /// <summary>
    /// A value for an input box as people write it: «10 632 100,5» (groups of three, decimal comma, no trailing zeros).
    /// <see cref="Number"/> reads it back, so an unchanged value posts as it was shown.
    /// </summary>
    public static string Show(decimal? value) => value?.ToString("#,0.######", RuFormat.Printed) ?? "";

    public static string ShowMoney(decimal? value) => value?.ToString("#,0.00###", RuFormat.Printed) ?? "";
}
