using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Administration;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>
/// Administration of municipalities and their departments. A server administrator sees every municipality and adds
/// new ones; a municipal administrator only its own (another one's addresses answer 404). The ids in the address are
/// bound from the route only: the forms post a field named «Id» of their own.
/// </summary>
[Authorize(Roles = Roles.Administrator), Route("Admin")]
public sealed class AdministrationController(MunicipalityAdministration municipalities, DepartmentAdministration departments) : Controller
{
    private AdminScope Scope => AdminScope.From(UserScope.From(User))!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new AdminIndex(Scope, await municipalities.ListAsync(Scope, ct)));

    [HttpGet("Municipalities/New")]
    public IActionResult NewMunicipality() => Scope.IsServerAdministrator ? View("Municipality", MunicipalityForm.New()) : Forbid();

    [HttpGet("Municipalities/{id:int}")]
    public async Task<IActionResult> Municipality([FromRoute] int id, CancellationToken ct) =>
        await municipalities.FindAsync(Scope, id, ct) is { } m ? View(MunicipalityForm.From(m)) : NotFound();

    [HttpPost("Municipalities/Save")]
    public async Task<IActionResult> SaveMunicipality(MunicipalityForm form, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (await municipalities.SaveAsync(Scope, form, errors, ct) is { } id)
        {
            TempData["Notice"] = "Сведения о муниципальном образовании сохранены.";
            return RedirectToAction(nameof(Municipality), new { id });
        }
        return Invalid("Municipality", form, errors);
    }

    [HttpGet("Municipalities/{id:int}/Departments")]
    public async Task<IActionResult> Departments([FromRoute] int id, CancellationToken ct) =>
        await municipalities.FindAsync(Scope, id, ct) is { } m ? View(new DepartmentsPage(m, await departments.ListAsync(id, ct))) : NotFound();

    [HttpGet("Municipalities/{id:int}/Departments/New")]
    public async Task<IActionResult> NewDepartment([FromRoute] int id, CancellationToken ct) =>
        await DepartmentPageAsync(id, new DepartmentForm(), ct) is { } page ? View("Department", page) : NotFound();

    [HttpGet("Municipalities/{id:int}/Departments/{departmentId:int}")]
    public async Task<IActionResult> Department([FromRoute] int id, [FromRoute] int departmentId, CancellationToken ct)
    {
        var list = await municipalities.FindAsync(Scope, id, ct) is null ? null : await departments.ListAsync(id, ct);
        return list?.FirstOrDefault(r => r.Department.Id == departmentId) is { } row
            ? View(await DepartmentPageAsync(id, DepartmentForm.From(row.Department), ct)) : NotFound();
    }

    [HttpPost("Municipalities/{id:int}/Departments/Save")]
    public async Task<IActionResult> SaveDepartment([FromRoute] int id, DepartmentForm form, CancellationToken ct)
    {
        if (await municipalities.FindAsync(Scope, id, ct) is null) return NotFound();
        var errors = new FormErrors();
        if (await departments.SaveAsync(id, form, Scope.UserName, errors, ct) is not null)
        {
            TempData["Notice"] = "Подразделение сохранено.";
            return RedirectToAction(nameof(Departments), new { id });
        }
        return Invalid("Department", (await DepartmentPageAsync(id, form, ct))!, errors);
    }

    [HttpPost("Municipalities/{id:int}/Departments/{departmentId:int}/Close")]
    public Task<IActionResult> CloseDepartment([FromRoute] int id, [FromRoute] int departmentId, string? reason, CancellationToken ct) =>
        DepartmentActionAsync(id, departmentId, () => departments.CloseAsync(id, departmentId, reason, Scope.UserName, ct), "Подразделение закрыто.", ct);

    [HttpPost("Municipalities/{id:int}/Departments/{departmentId:int}/Merge")]
    public Task<IActionResult> MergeDepartment([FromRoute] int id, [FromRoute] int departmentId, int? into, CancellationToken ct) =>
        DepartmentActionAsync(id, departmentId, () => departments.MergeAsync(id, departmentId, into, Scope.UserName, ct),
            "Подразделения слиты: программы, мероприятия и пользователи переданы.", ct);

    private async Task<IActionResult> DepartmentActionAsync([FromRoute] int id, [FromRoute] int departmentId, Func<Task<string?>> action, string done, CancellationToken ct)
    {
        if (await municipalities.FindAsync(Scope, id, ct) is null) return NotFound();
        var refusal = await action();
        if (refusal is null) TempData["Notice"] = done; else TempData["Error"] = refusal;
        return RedirectToAction(refusal is null ? nameof(Departments) : nameof(Department), new { id, departmentId });
    }

    private async Task<DepartmentPage?> DepartmentPageAsync([FromRoute] int id, DepartmentForm form, CancellationToken ct) =>
        await municipalities.FindAsync(Scope, id, ct) is { } m ? new DepartmentPage(m, form, await departments.ListAsync(id, ct)) : null;

    private ViewResult Invalid(string view, object model, FormErrors errors)
    {
        foreach (var (field, message) in errors.All) ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(view, model);
    }
}
