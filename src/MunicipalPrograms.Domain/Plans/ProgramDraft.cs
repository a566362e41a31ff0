namespace MunicipalPrograms.Domain.Plans;

/// <summary>A draft is the program's first project (before approval) or an amendment to the редакция in force.</summary>
public enum DraftKind { Initial, Amendment }

/// <summary>Редактируется → на согласовании в финансово-экономическом управлении → возвращен / согласован.</summary>
public enum DraftStatus { Editing, UnderReview, Returned, Agreed }

/// <summary>
/// The working copy of a program's plan that the executors edit and the finance department reviews. Approved by
/// its legal act, it becomes a <see cref="ProgramVersion"/> and the stored program; then the draft is gone.
/// At most one open draft per program.
/// </summary>
public class ProgramDraft
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public DraftKind Kind { get; set; }
    public DraftStatus Status { get; set; } = DraftStatus.Editing;
    /// <summary>The редакция an amendment was copied from (null for the initial project).</summary>
    public int? BaseVersionNumber { get; set; }
    public string PlanJson { get; set; } = "{}";
    public string? ReturnReason { get; set; }
    /// <summary>Срок представления проекта (1.7), set when the program is created.</summary>
    public DateOnly? DueDate { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }

    public ProgramPlan Plan() => ProgramPlanJson.Read(PlanJson);

    public void Store(ProgramPlan plan) => PlanJson = ProgramPlanJson.Write(plan);

    /// <summary>Executors edit while the draft is theirs: being edited or returned to them.</summary>
    public bool IsEditable => Status is DraftStatus.Editing or DraftStatus.Returned;
}
