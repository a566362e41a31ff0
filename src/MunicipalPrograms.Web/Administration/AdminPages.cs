using MunicipalPrograms.Domain.Municipalities;

namespace MunicipalPrograms.Web.Administration;

public sealed record AdminIndex(AdminScope Scope, IReadOnlyList<MunicipalityRow> Municipalities);

public sealed record DepartmentsPage(Municipality Municipality, IReadOnlyList<DepartmentRow> Rows);

/// <summary>A department's form, with the municipality's other open departments it could be merged into.</summary>
public sealed record DepartmentPage(Municipality Municipality, DepartmentForm Form, IReadOnlyList<DepartmentRow> All)
{
    public DepartmentRow? Current => All.FirstOrDefault(r => r.Department.Id == Form.Id);
    public IEnumerable<Department> MergeTargets => All.Select(r => r.Department).Where(d => !d.IsClosed && d.Id != Form.Id);
}
