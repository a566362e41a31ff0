namespace MunicipalPrograms.Domain.Programs;

/// <summary>Задача (not "Task": that name belongs to System.Threading.Tasks).</summary>
public class Objective
{
    public int Id { get; set; }
    public int GoalId { get; set; }
    public Goal? Goal { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
}
