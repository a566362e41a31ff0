using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Municipalities;

/// <summary>Структурное подразделение, учреждение, должностное лицо: a responsible executor or co-executor.</summary>
public class Department
{
    public const int CodeMaxLength = 50;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public DepartmentKind Kind { get; set; } = DepartmentKind.Department;
    /// <summary>A closed department keeps its history (reports, audit, редакции name it) but gets no new work.</summary>
    public DateOnly? ClosedOn { get; set; }
    /// <summary>The department it was merged into (its programs, executors and users moved there), when closed by a merge.</summary>
    public int? MergedIntoId { get; set; }

    public bool IsClosed => ClosedOn is not null;

    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : ShortName;
}
