using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Reports;

/// <summary>When a report is due.</summary>
public static class ReportDeadline
{
    /// <summary>
    /// The annual report is due by 15 March of the following year (Procedure 4.7). The Procedure sets
    /// no date for interim monitoring; we use the 20th day of the month after the period ends.
    /// </summary>
    public static DateOnly For(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Year => new DateOnly(period.Year + 1, 3, 15),
        PeriodKind.Quarter1 => new DateOnly(period.Year, 4, 20),
        PeriodKind.HalfYear => new DateOnly(period.Year, 7, 20),
        PeriodKind.NineMonths => new DateOnly(period.Year, 10, 20),
        _ => throw new ArgumentOutOfRangeException(nameof(period)),
    };
}
