namespace MunicipalPrograms.Domain.Programs;

/// <summary>Цель программы (or of a subprogram, when SubprogramId is set).</summary>
public class Goal
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int? SubprogramId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
    public List<Objective> Objectives { get; set; } = [];
}
