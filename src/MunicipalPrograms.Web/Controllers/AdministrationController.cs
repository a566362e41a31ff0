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
/// named apart from the forms' own «Id» fields: route values are bound first (RouteValuesFirst), so a route «id»
/// would overwrite them.
/// </summary>
[Authorize(Roles = Roles.Administrator), Route("Admin")]
public sealed class AdministrationController(MunicipalityAdministration municipalities, DepartmentAdministration departments,
    SettingsAdministration settings) : Controller
{
    private AdminScope Scope => AdminScope.From(UserScope.From(User))!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new AdminIndex(Scope, await municipalities.ListAsync(Scope, ct)));

    [HttpGet("Municipalities/New")]
    public IActionResult NewMunicipality() => Scope.IsServerAdministrator ? View("Municipality", MunicipalityForm.New()) : Forbid();

    [HttpGet("Municipalities/{municipalityId:int}")]
    public async Task<IActionResult> Municipality([FromRoute] int municipalityId, CancellationToken ct) =>
        await municipalities.FindAsync(Scope, municipalityId, ct) is { } m ? View(MunicipalityForm.From(m)) : NotFound();

    [HttpPost("Municipalities/Save")]
    public async Task<IActionResult> SaveMunicipality(MunicipalityForm form, CancellationToken ct)
    {
        var errors = FormErrors.FromBinding(ModelState);
        if (!errors.Any && await municipalities.SaveAsync(Scope, form, errors, ct) is { } municipalityId)
        {
            TempData["Notice"] = "Сведения о муниципальном образовании сохранены.";
            return RedirectToAction(nameof(Municipality), new { municipalityId });
        }
        return Invalid("Municipality", form, errors);
    }

    [HttpGet("Municipalities/{municipalityId:int}/Departments")]
    public async Task<IActionResult> Departments([FromRoute] int municipalityId, CancellationToken ct) =>
        await municipalities.FindAsync(Scope, municipalityId, ct) is { } m ? View(new DepartmentsPage(m, await departments.ListAsync(municipalityId, ct))) : NotFound();

    [HttpGet("Municipalities/{municipalityId:int}/Departments/New")]
    public async Task<IActionResult> NewDepartment([FromRoute] int municipalityId, CancellationToken ct) =>
        await DepartmentPageAsync(municipalityId, new DepartmentForm(), ct) is { } page ? View("Department", page) : NotFound();

    [HttpGet("Municipalities/{municipalityId:int}/Departments/{departmentId:int}")]
    public async Task<IActionResult> Department([FromRoute] int municipalityId, [FromRoute] int departmentId, CancellationToken ct)
    {
        var list = await municipalities.FindAsync(Scope, municipalityId, ct) is null ? null : await departments.ListAsync(municipalityId, ct);
        return list?.FirstOrDefault(r => r.Department.Id == departmentId) is { } row
            ? View(await DepartmentPageAsync(municipalityId, DepartmentForm.From(row.Department), ct)) : NotFound();
    }

    [HttpPost("Municipalities/{municipalityId:int}/Departments/Save")]
    public async Task<IActionResult> SaveDepartment([FromRoute] int municipalityId, DepartmentForm form, CancellationToken ct)
    {
        if (await municipalities.FindAsync(Scope, municipalityId, ct) is null) return NotFound();
        var errors = FormErrors.FromBinding(ModelState);
        if (!errors.Any && await departments.SaveAsync(municipalityId, form, Scope.UserName, errors, ct) is not null)
        {
            TempData["Notice"] = "Подразделение сохранено.";
            return RedirectToAction(nameof(Departments), new { municipalityId });
        }
        return Invalid("Department", (await DepartmentPageAsync(municipalityId, form, ct))!, errors);
    }

    [HttpPost("Municipalities/{municipalityId:int}/Departments/{departmentId:int}/Close")]
    public Task<IActionResult> CloseDepartment([FromRoute] int municipalityId, [FromRoute] int departmentId, string? reason, CancellationToken ct) =>
        DepartmentActionAsync(municipalityId, departmentId, () => departments.CloseAsync(municipalityId, departmentId, reason, Scope.UserName, ct), "Подразделение закрыто.", ct);

    [HttpPost("Municipalities/{municipalityId:int}/Departments/{departmentId:int}/Merge")]
    public Task<IActionResult> MergeDepartment([FromRoute] int municipalityId, [FromRoute] int departmentId, int? into, CancellationToken ct) =>
        DepartmentActionAsync(municipalityId, departmentId, () => departments.MergeAsync(municipalityId, departmentId, into, Scope.UserName, ct),
            "Подразделения слиты: программы, мероприятия и пользователи переданы.", ct);

    private async Task<IActionResult> DepartmentActionAsync(int municipalityId, int departmentId, Func<Task<string?>> action, string done, CancellationToken ct)
    {
        if (await municipalities.FindAsync(Scope, municipalityId, ct) is null) return NotFound();
        var refusal = await action();
        if (refusal is null) TempData["Notice"] = done; else TempData["Error"] = refusal;
        return RedirectToAction(refusal is null ? nameof(Departments) : nameof(Department), new { municipalityId, departmentId });
    }

    [HttpGet("Municipalities/{municipalityId:int}/Methodology")]
    public async Task<IActionResult> Methodology([FromRoute] int municipalityId, CancellationToken ct) =>
        await municipalities.FindAsync(Scope, municipalityId, ct) is { } m ? View(await settings.MethodologyPageAsync(m, null, ct)) : NotFound();

    [HttpPost("Municipalities/{municipalityId:int}/Methodology")]
    public async Task<IActionResult> SaveMethodology([FromRoute] int municipalityId, MethodologyForm form, CancellationToken ct)
    {
        if (await municipalities.FindAsync(Scope, municipalityId, ct) is not { } m) return NotFound();
        var errors = FormErrors.FromBinding(ModelState);
        if (!errors.Any && await settings.SaveMethodologyAsync(m, form, Scope.UserName, errors, ct) is { } version)
        {
            TempData["Notice"] = $"Настройки методики сохранены: действуют с {version.EffectiveFromYear} года.";
            return RedirectToAction(nameof(Methodology), new { municipalityId });
        }
        return Invalid(nameof(Methodology), await settings.MethodologyPageAsync(m, form, ct), errors);
    }

    [HttpGet("Municipalities/{municipalityId:int}/Campaign")]
    public async Task<IActionResult> Campaign([FromRoute] int municipalityId, CancellationToken ct) =>
        await municipalities.FindAsync(Scope, municipalityId, ct) is { } m ? View(new CampaignPage(m, CampaignForm.From(m.Campaign))) : NotFound();

    [HttpPost("Municipalities/{municipalityId:int}/Campaign")]
    public async Task<IActionResult> SaveCampaign([FromRoute] int municipalityId, CampaignForm form, CancellationToken ct)
    {
        if (await municipalities.FindAsync(Scope, municipalityId, ct) is not { } m) return NotFound();
        var errors = FormErrors.FromBinding(ModelState);
        if (!errors.Any && await settings.SaveCampaignAsync(municipalityId, form, Scope.UserName, errors, ct))
        {
            TempData["Notice"] = "Сроки отчетной кампании сохранены.";
            return RedirectToAction(nameof(Campaign), new { municipalityId });
        }
        return Invalid(nameof(Campaign), new CampaignPage(m, form), errors);
    }

    private async Task<DepartmentPage?> DepartmentPageAsync(int municipalityId, DepartmentForm form, CancellationToken ct) =>
        await municipalities.FindAsync(Scope, municipalityId, ct) is { } m ? new DepartmentPage(m, form, await departments.ListAsync(municipalityId, ct)) : null;

    private ViewResult Invalid(string view, object model, FormErrors errors)
    {
        foreach (var (field, message) in errors.All) ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(view, model);
    }
}
