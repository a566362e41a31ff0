using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Reports;

/// <summary>
/// The finance department's proposal on a program after the evaluation (Procedure 4.3–4.5, 4.9): go on as it is,
/// amend it, reduce its funding, or end it early. Stored as its code (the enum's name).
/// </summary>
public enum ProgramDecision { Continue, Amend, ReduceFunding, TerminateEarly }

/// <summary>
/// The finance department's conclusion on one program for one reporting campaign (year and period), printed in the
/// consolidated analytical report (4.9). One row per program and campaign; every change is in the audit log.
/// </summary>
public class ProgramConclusion
{
    public const int TextMaxLength = 4000;
    public const int UserNameMaxLength = 256;

    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int Year { get; set; }
    public PeriodKind Period { get; set; }
    public string Text { get; set; } = "";
    public ProgramDecision Decision { get; set; }
    public string AuthorUserName { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }

    public ReportingPeriod ReportingPeriod => new(Year, Period);

    /// <summary>The Russian wording of a decision, for screens and forms.</summary>
    public static string Caption(ProgramDecision d) => d switch
    {
        ProgramDecision.Continue => "продолжить реализацию",
        ProgramDecision.Amend => "внести изменения в программу",
        ProgramDecision.ReduceFunding => "сократить финансирование",
        ProgramDecision.TerminateEarly => "досрочно прекратить реализацию",
        _ => RuFormat.Missing,
    };
}
