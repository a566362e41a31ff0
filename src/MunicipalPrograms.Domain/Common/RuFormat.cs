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
    /// <remarks>
    /// This is also the request culture, so anything Razor renders implicitly (a hidden field's key of −1) keeps the
    /// hyphen-minus that scripts and the model binder expect; the printed numbers use <see cref="Printed"/>.
    /// </remarks>
    public static readonly CultureInfo Culture = CreateCulture(typographicMinus: false);

    /// <summary>The culture of every number this module prints: as <see cref="Culture"/>, with the typographic minus «−3,5».</summary>
    public static readonly CultureInfo Printed = CreateCulture(typographicMinus: true);

    private static CultureInfo CreateCulture(bool typographicMinus)
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("ru-RU").Clone();
        c.NumberFormat.NumberGroupSeparator = "\u00A0";
        c.NumberFormat.NumberDecimalSeparator = ",";
        // .NET still reads a hyphen as the minus under the typographic one.
        if (typographicMinus) c.NumberFormat.NegativeSign = "\u2212";
        return CultureInfo.ReadOnly(c);
    }

    /// <summary>Money to the kopeck: "10 632 100,00".</summary>
    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.00", Printed) : Missing;

    /// <summary>An indicator value (or any number in a sentence): as many decimals as it has, at most four.</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.####", Printed) : Missing;

    /// <summary>A percentage on a screen, to one decimal: "97,2 %".</summary>
    public static string Percent(decimal? value) => value is { } v ? v.ToString("#,0.0", Printed) + "\u00A0%" : Missing;

    /// <summary>An index (Ip, Iэ, S) to four decimals: "1,0832".</summary>
    public static string Index(decimal? value) => value is { } v ? Math.Round(v, 4).ToString("0.0000", Printed) : Missing;

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
