namespace MunicipalPrograms.Domain.Reports;

/// <summary>
/// A remark of the finance department on one value of a report: an indicator value, an activity's execution or a
/// funding line (<see cref="Subject"/> is the audit log's subject code, <see cref="SubjectId"/> its id: for an activity
/// the activity's id, as the log keeps it). The executor answers it or changes the value; the finance department closes it.
/// Stored data holds codes and invariant values only; captions are the views' business.
/// </summary>
public class ValueRemark
{
    public const int TextMaxLength = 2000;
    public const int UserNameMaxLength = 256;
    /// <summary>The longest value kept as it was when remarked (an invariant number, a flag).</summary>
    public const int ValueMaxLength = 100;

    public int Id { get; set; }
    public int ReportId { get; set; }
    /// <summary>Audit.AuditSubjects.IndicatorValue, FundingLine or ActivityExecution.</summary>
    public string Subject { get; set; } = "";
    public int SubjectId { get; set; }
    public string Text { get; set; } = "";
    public string AuthorUserName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The value when the remark was made, invariant as Audit.AuditValue writes it (null: empty).</summary>
    public string? ValueAtRemark { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }

    public bool IsOpen => ClosedAt is null;
}
