using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Funding;

/// <summary>
/// Planned and actual (кассовое исполнение) money of one activity for one year/period from one
/// source, optionally for one executor. Amounts are in the municipality's money unit.
/// </summary>
public class FundingLine
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int ActivityId { get; set; }
    public int Year { get; set; }
    public PeriodKind Period { get; set; } = PeriodKind.Year;
    public FundingSource Source { get; set; }
    public int? ExecutorId { get; set; }
    public decimal Planned { get; set; }
    /// <summary>Plan for the reporting period where it differs from the year's plan (Кедровый Form 2).</summary>
    public decimal? PeriodPlanned { get; set; }
    public decimal? Actual { get; set; }
    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }
}
