using System.Globalization;

namespace MunicipalPrograms.Domain.Scoring;

/// <summary>Numbers inside the Russian explanations of the scoring ("0,9512").</summary>
internal static class Ru
{
    private static readonly NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00A0" };

    public static string Number(decimal value) => value.ToString("#,0.####", Format);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "—";
}
