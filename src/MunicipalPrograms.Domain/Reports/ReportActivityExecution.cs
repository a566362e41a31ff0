namespace MunicipalPrograms.Domain.Reports;

/// <summary>Section 2 of the report for one activity: what was done, why not, problems, when.</summary>
public class ReportActivityExecution
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int ActivityId { get; set; }
    public string? Done { get; set; }
    public string? NotDoneReason { get; set; }
    public string? Problems { get; set; }
    public DateOnly? ActualCompletion { get; set; }
    /// <summary>Выполнено: true, не выполнено: false, unknown: null.</summary>
    public bool? Completed { get; set; }
    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }
}
