using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Programs;

/// <summary>Основное мероприятие (Kind = MainActivity) or мероприятие, in a hierarchy.</summary>
public class Activity
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int? ParentId { get; set; }
    public Activity? Parent { get; set; }
    public ActivityKind Kind { get; set; } = ActivityKind.Activity;
    /// <summary>Position inside the program: "1", "1.2", "m5".</summary>
    public string Code { get; set; } = "";
    /// <summary>МП.Пп.ОМ.М code as the budget prints it, e.g. "04 0 02 3".</summary>
    public string? StructureCode { get; set; }
    public string Name { get; set; } = "";
    public int? ObjectiveId { get; set; }
    public Objective? Objective { get; set; }
    public int? SubprogramId { get; set; }
    public DateOnly? PlannedStart { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    /// <summary>Capital (investment) expense: counts in the investment share of Appendix 9.</summary>
    public bool IsInvestment { get; set; }
    public int SortOrder { get; set; }
    public List<ActivityExecutor> Executors { get; set; } = [];
    public List<ActivityYearResult> ExpectedResults { get; set; } = [];

    /// <summary>«2021–2026» or «2024».</summary>
    public string TermCaption()
    {
        if (PlannedStart is not { } s || PlannedEnd is not { } e) return "";
        return s.Year == e.Year ? $"{s.Year}" : $"{s.Year}–{e.Year}";
    }
}
