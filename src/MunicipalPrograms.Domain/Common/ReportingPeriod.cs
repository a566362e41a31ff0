namespace MunicipalPrograms.Domain.Common;

/// <summary>A reporting year, or an interim period of it.</summary>
public readonly record struct ReportingPeriod(int Year, PeriodKind Kind)
{
    public static ReportingPeriod AnnualOf(int year) => new(year, PeriodKind.Year);

    /// <summary>The years the portal accepts in an address or a form: programs of this century, with room to spare.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    public static bool IsPlausibleYear(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The reporting campaign under way on a day: last year's annual reports, due 15 March of this one.</summary>
    public static ReportingPeriod CampaignOn(DateOnly today) => AnnualOf(today.Year - 1);

    /// <summary>The last day of the period: its report can be made from the day after.</summary>
    public DateOnly LastDay => Kind switch
    {
        PeriodKind.Quarter1 => new DateOnly(Year, 3, 31),
        PeriodKind.HalfYear => new DateOnly(Year, 6, 30),
        PeriodKind.NineMonths => new DateOnly(Year, 9, 30),
        _ => new DateOnly(Year, 12, 31),
    };

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
