using MunicipalPrograms.Domain.Municipalities;

namespace MunicipalPrograms.Domain.Programs;

/// <summary>Соисполнитель программы.</summary>
public class ProgramCoExecutor
{
    public int ProgramId { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
}
