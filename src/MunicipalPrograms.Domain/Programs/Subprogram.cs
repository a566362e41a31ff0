using MunicipalPrograms.Domain.Municipalities;

namespace MunicipalPrograms.Domain.Programs;

/// <summary>Подпрограмма with its own passport (Appendix 4).</summary>
public class Subprogram
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? ResponsibleExecutorId { get; set; }
    public Department? ResponsibleExecutor { get; set; }
    public string? CoExecutors { get; set; }
    public string? GoalsText { get; set; }
    public string? ObjectivesText { get; set; }
    public string? ExpectedResults { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public int SortOrder { get; set; }
}
