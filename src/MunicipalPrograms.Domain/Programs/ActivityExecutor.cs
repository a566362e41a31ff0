using MunicipalPrograms.Domain.Municipalities;

namespace MunicipalPrograms.Domain.Programs;

/// <summary>Исполнитель мероприятия (an activity may have several).</summary>
public class ActivityExecutor
{
    public int ActivityId { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
}
