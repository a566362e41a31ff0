using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>A department (ответственный исполнитель, соисполнитель, учреждение) as the administrator types it.</summary>
public sealed class DepartmentForm
{
    public const int NameMaxLength = 1000;
    public const int ShortNameMaxLength = 300;

    public int Id { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public DepartmentKind Kind { get; set; } = DepartmentKind.Department;

    public static DepartmentForm From(Department d) => new() { Id = d.Id, Code = d.Code, Name = d.Name, ShortName = d.ShortName, Kind = d.Kind };

    public bool ApplyTo(Department d, FormErrors errors)
    {
        d.Code = errors.Text(Code, Department.CodeMaxLength, nameof(Code), "Укажите код подразделения, например finance.") ?? "";
        d.Name = errors.Text(Name, NameMaxLength, nameof(Name), "Укажите полное наименование подразделения.") ?? "";
        d.ShortName = errors.Text(ShortName, ShortNameMaxLength, nameof(ShortName));
        if (!Enum.IsDefined(Kind)) errors.Add(nameof(Kind), "Выберите вид из списка.");
        d.Kind = Kind;
        return !errors.Any;
    }

    public static IReadOnlyList<(string, string?)> Fields(Department d) =>
        [("code", d.Code), ("name", d.Name), ("short_name", d.ShortName), ("kind", d.Kind.ToString())];
}
