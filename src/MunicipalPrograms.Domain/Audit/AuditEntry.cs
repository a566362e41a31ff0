namespace MunicipalPrograms.Domain.Audit;

/// <summary>
/// One recorded change: a plan or actual value, a report text, or a workflow status.
/// Values are kept as invariant text so any field type fits and nothing is reinterpreted later.
/// </summary>
public class AuditEntry
{
    public const int FieldMaxLength = 100;

    public long Id { get; set; }
    public int ProgramId { get; set; }
    public int? ReportId { get; set; }
    /// <summary>What changed: <see cref="AuditSubjects"/>.</summary>
    public string Subject { get; set; } = "";
    public int SubjectId { get; set; }
    /// <summary>
    /// The changed row as it was named then: its code and name («1.1 «Доля …»»), for a funding line also the
    /// municipality's name of its budget; empty for the report itself. Data, never a screen caption.
    /// </summary>
    public string SubjectName { get; set; } = "";
    /// <summary>A stable code of <see cref="AuditField"/>; shown through captions.</summary>
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string? Reason { get; set; }
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

/// <summary>The kinds of rows the audit log speaks about.</summary>
public static class AuditSubjects
{
    public const string IndicatorValue = "IndicatorValue";
    public const string FundingLine = "FundingLine";
    public const string ActivityExecution = "ActivityExecution";
    public const string IndicatorWeight = "IndicatorWeight";
    public const string Report = "Report";
    /// <summary>A program's draft (its plan and its review); SubjectId is the changed item's key, or the program's id.</summary>
    public const string ProgramDraft = "ProgramDraft";
    /// <summary>The program itself: its creation (the registry, 1.7 and 3.3 of the Procedure).</summary>
    public const string Program = "Program";
    /// <summary>The finance department's conclusion on a program for a campaign (4.9); SubjectId is the conclusion's id.</summary>
    public const string Conclusion = "Conclusion";

    /// <summary>The name an indicator or activity is logged under: its code and name as they are now.</summary>
    public static string NameOf(string code, string name) => $"{code} «{name}»";
}
