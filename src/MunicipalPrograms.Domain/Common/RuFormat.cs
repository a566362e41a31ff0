using System.Globalization;

namespace MunicipalPrograms.Domain.Common;

/// <summary>
/// Numbers, dates and words the Russian way — "10 632 100,00", "1,0832", "15.03.2025" — for everything
/// the portal prints: the screens, the report forms and the explanations of the scoring. One module, so
/// a number reads the same on a screen, in a form and in the sentence that explains it.
/// </summary>
public static class RuFormat
{
    /// <summary>What a missing value prints as: an en dash, as the paper forms have it.</summary>
    public const string Missing = "–";

    /// <summary>
    /// Decimal comma and a plain non-breaking space between groups of digits on every platform (the
    /// platform's own ru-RU separator differs between ICU versions; printed forms must not).
    /// </summary>
    public static readonly CultureInfo Culture = CreateCulture();

    private static CultureInfo CreateCulture()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("ru-RU").Clone();
        c.NumberFormat.NumberGroupSeparator = "\u00A0";
        c.NumberFormat.NumberDecimalSeparator = ",";
        // The typographic minus «−3,5», as printed forms write it; .NET still reads a hyphen typed as a minus.
        c.NumberFormat.NegativeSign = "\u2212";
        return CultureInfo.ReadOnly(c);
    }

    /// <summary>Money to the kopeck: "10 632 100,00".</summary>
    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.00", Culture) : Missing;

    /// <summary>An indicator value (or any number in a sentence): as many decimals as it has, at most four.</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.####", Culture) : Missing;

    /// <summary>A percentage on a screen, to one decimal: "97,2 %".</summary>
    public static string Percent(decimal? value) => value is { } v ? v.ToString("#,0.0", Culture) + "\u00A0%" : Missing;

    /// <summary>An index (Ip, Iэ, S) to four decimals: "1,0832".</summary>
    public static string Index(decimal? value) => value is { } v ? Math.Round(v, 4).ToString("0.0000", Culture) : Missing;

    /// <summary>An act as the registry lists it, its kind and issuer left to the full citation: «от 15.02.2024 № 95».</summary>
    public static string ActDateAndNumber(DateOnly? date, string? number) =>
        string.Join(" ", new[] { date is { } d ? "от " + Date(d) : null, string.IsNullOrWhiteSpace(number) ? null : "№ " + number }.OfType<string>());

    public static string Date(DateOnly? value) => value?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? Missing;

    public static string Date(DateTimeOffset? value) => value?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? Missing;

    public static string YesNo(bool? value) => value switch { true => "да", false => "нет", null => Missing };

    /// <summary>The unit a municipality keeps its money in, as captions print it: «рублей», «тыс. рублей».</summary>
    public static string MoneyUnit(MoneyUnit unit) => unit == Common.MoneyUnit.Rubles ? "рублей" : "тыс. рублей";

    /// <summary>How a planned value reads: «не более 2», «не менее 5», «1 – 5», «да», or the number itself.</summary>
    public static string Target(TargetKind kind, decimal? planned, decimal? upper) => kind switch
    {
        _ when planned is null => Missing,
        TargetKind.AtMost => $"не более {Number(planned)}",
        TargetKind.AtLeast => $"не менее {Number(planned)}",
        TargetKind.Range => $"{Number(planned)} – {Number(upper)}",
        TargetKind.YesNo => planned == 1 ? "да" : "нет",
        _ => Number(planned),
    };
}
