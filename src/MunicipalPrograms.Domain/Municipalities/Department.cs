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

    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : ShortName;
}
