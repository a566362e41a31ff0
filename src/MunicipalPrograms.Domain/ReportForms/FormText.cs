using System.Globalization;
using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.ReportForms;

/// <summary>Words the builders print in many forms: the appendix heading, money units, captions.</summary>
public static class FormText
{
    private static readonly CultureInfo Ru = CreateCulture();

    /// <summary>«Приложение № 9 / к Порядку разработки, реализации и оценки эффективности …».</summary>
    public static IReadOnlyList<string> Appendix(int number, string municipalityName) =>
    [
        $"Приложение № {number}",
        "к Порядку разработки, реализации и оценки",
        "эффективности муниципальных программ",
        municipalityName,
    ];

    public static string MoneyUnit(MoneyUnit unit) => unit == Common.MoneyUnit.Rubles ? "рублей" : "тыс. рублей";

    public static string Quoted(string name) => $"«{name}»";

    public static string YesNo(bool? value) => value switch { true => "да", false => "нет", null => "–" };

    /// <summary>A number for text cells (explanations, captions): "1 234,5".</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.####", Ru) : "–";

    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.00", Ru) : "–";

    private static CultureInfo CreateCulture()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("ru-RU").Clone();
        c.NumberFormat.NumberGroupSeparator = "\u00A0";
        c.NumberFormat.NumberDecimalSeparator = ",";
        return CultureInfo.ReadOnly(c);
    }
}
