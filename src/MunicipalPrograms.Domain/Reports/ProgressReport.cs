using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Reports;

/// <summary>
/// Отчет о ходе реализации: the annual report (годовой отчет) or an interim monitoring report
/// (quarter, half-year, nine months) of one program for one period.
/// The values themselves live on indicators and funding lines; the report carries the workflow,
/// weights, the text of section 2 and the additional criteria of Appendix 9.
/// </summary>
public class ProgressReport
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int Year { get; set; }
    public PeriodKind Period { get; set; } = PeriodKind.Year;
    public ReportStatus Status { get; set; } = ReportStatus.Draft;
    public WeightMode WeightMode { get; set; } = WeightMode.Equal;
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    /// <summary>
    /// The редакция whose plan the report was last accepted with: an accepted report is evaluated with it (a later
    /// amendment never changes it); a reopened one follows the plan in force and is told when that differs.
    /// </summary>
    public int? PlanVersionNumber { get; set; }
    /// <summary>
    /// The methodology settings version the report was last accepted with (null: accepted under the defaults, no
    /// version existed): an accepted report is evaluated with it, so a later change of the settings never rewrites it.
    /// </summary>
    public int? MethodologyVersionId { get; set; }

    /// <summary>Reopened after an amendment: last accepted under another редакция than <paramref name="inForce"/>.</summary>
    public bool PlanChangedSinceAcceptance(int inForce) => Status != ReportStatus.Accepted && PlanVersionNumber is { } n && n != inForce;
    public string? ReturnReason { get; set; }
    /// <summary>An individual extension granted by the finance department.</summary>
    public DateOnly? DeadlineOverride { get; set; }

    public string? SignatoryName { get; set; }
    public string? SignatoryPosition { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? Narrative { get; set; }

    public AdditionalCriteria AdditionalCriteria { get; set; } = new();
    public List<ReportIndicatorWeight> Weights { get; set; } = [];
    public List<ReportActivityExecution> ActivityExecutions { get; set; } = [];
    /// <summary>The finance department's remarks on the report's values (loaded by the report page only).</summary>
    public List<ValueRemark> Remarks { get; set; } = [];
    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }

    public ReportingPeriod ReportingPeriod => new(Year, Period);

    /// <summary>The municipality's campaign date (Procedure 4.7: 15 March by default), unless extended.</summary>
    public DateOnly DeadlineUnder(ReportingCampaign campaign) => DeadlineOverride ?? campaign.DeadlineOf(ReportingPeriod);

    public bool IsOverdue(DateOnly today, ReportingCampaign campaign) =>
        Status is ReportStatus.Draft or ReportStatus.Returned && today > DeadlineUnder(campaign);
}
