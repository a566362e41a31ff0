using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Reports;

/// <summary>
/// A municipality's reporting campaign: when the annual report is due (Procedure 4.7: 15 March of the following
/// year) and which interim periods it monitors, each due a number of days after the period ends. The Procedure sets no
/// date for interim monitoring; the default of 20 days gives the 20th of the month after the period.
/// An individual extension (<see cref="ProgressReport.DeadlineOverride"/>) still wins over these dates.
/// </summary>
public sealed record ReportingCampaign
{
    public const int DefaultInterimDays = 20;
    public const int MaxInterimDays = 120;

    public int AnnualDeadlineMonth { get; init; } = 3;
    public int AnnualDeadlineDay { get; init; } = 15;
    public bool Quarter1InUse { get; init; } = true;
    public bool HalfYearInUse { get; init; } = true;
    public bool NineMonthsInUse { get; init; } = true;
    public int Quarter1DeadlineDays { get; init; } = DefaultInterimDays;
    public int HalfYearDeadlineDays { get; init; } = DefaultInterimDays;
    public int NineMonthsDeadlineDays { get; init; } = DefaultInterimDays;

    public static ReportingCampaign Default { get; } = new();

    /// <summary>The annual period always; the interim ones the municipality monitors.</summary>
    public bool InUse(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => true,
        PeriodKind.Quarter1 => Quarter1InUse,
        PeriodKind.HalfYear => HalfYearInUse,
        PeriodKind.NineMonths => NineMonthsInUse,
        _ => false,
    };

    /// <summary>When the report of <paramref name="period"/> is due, before any individual extension.</summary>
    public DateOnly DeadlineOf(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Year => new DateOnly(period.Year + 1, AnnualDeadlineMonth, AnnualDeadlineDay),
        PeriodKind.Quarter1 => new DateOnly(period.Year, 3, 31).AddDays(Quarter1DeadlineDays),
        PeriodKind.HalfYear => new DateOnly(period.Year, 6, 30).AddDays(HalfYearDeadlineDays),
        PeriodKind.NineMonths => new DateOnly(period.Year, 9, 30).AddDays(NineMonthsDeadlineDays),
        _ => throw new ArgumentOutOfRangeException(nameof(period)),
    };

    /// <summary>Problems by field name, in Russian; empty when the settings are usable.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        // 29 February is not in every year: the annual deadline must be a day every year has.
        if (AnnualDeadlineMonth is < 1 or > 12 || AnnualDeadlineDay < 1 || AnnualDeadlineDay > DateTime.DaysInMonth(2023, AnnualDeadlineMonth))
            errors.Add((nameof(AnnualDeadlineDay), "Укажите существующую дату, например 15.03 (29 февраля есть не в каждом году)."));
        foreach (var (field, days) in new[] { (nameof(Quarter1DeadlineDays), Quarter1DeadlineDays), (nameof(HalfYearDeadlineDays), HalfYearDeadlineDays),
                     (nameof(NineMonthsDeadlineDays), NineMonthsDeadlineDays) })
            if (days is < 1 or > MaxInterimDays)
                errors.Add((field, $"Срок — от 1 до {MaxInterimDays} дней после окончания периода."));
        return errors;
    }
}
