using System.Globalization;

namespace MunicipalPrograms.Web.Presentation;

/// <summary>Numbers and dates the Russian way: "10 632 100,00", "15.03.2025".</summary>
public static class RuFormat
{
    public static readonly CultureInfo Culture = CreateCulture();

    private static CultureInfo CreateCulture()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("ru-RU").Clone();
        // Printed forms use a plain non-breaking space as the group separator on every platform.
        c.NumberFormat.NumberGroupSeparator = "\u00A0";
        c.NumberFormat.NumberDecimalSeparator = ",";
        return CultureInfo.ReadOnly(c);
    }

    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.00", Culture) : "–";

    /// <summary>An indicator value: as many decimals as it has, at most four, no trailing zeros.</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.####", Culture) : "–";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("#,0.0", Culture) + "\u00A0%" : "–";

    /// <summary>An index (Ip, Ie, S) to four decimals: "1,0832".</summary>
    public static string Index(decimal? value) => value is { } v ? Math.Round(v, 4).ToString("0.0000", Culture) : "–";

    public static string Date(DateOnly? value) => value?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "–";

    public static string Date(DateTimeOffset? value) => value?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "–";
}
