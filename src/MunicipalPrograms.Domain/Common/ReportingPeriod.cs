namespace MunicipalPrograms.Domain.Common;

/// <summary>A reporting year, or an interim period of it.</summary>
public readonly record struct ReportingPeriod(int Year, PeriodKind Kind)
{
    public static ReportingPeriod AnnualOf(int year) => new(year, PeriodKind.Year);

    /// <summary>Russian caption: «2024 год», «1 полугодие 2022 года».</summary>
    public string Caption() => Kind switch
    {
        PeriodKind.Year => $"{Year} год",
        PeriodKind.Quarter1 => $"1 квартал {Year} года",
        PeriodKind.HalfYear => $"1 полугодие {Year} года",
        PeriodKind.NineMonths => $"9 месяцев {Year} года",
        _ => Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
