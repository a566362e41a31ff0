using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramRegistry;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.Controllers;

public sealed class ProgramsController(ProgramQueries queries, ProgramRegistryQuery registry, ProgramCreation creation) : Controller
{
    /// <summary>Перечень муниципальных программ: search, filters and sorting from the query string.</summary>
    [HttpGet]
    public async Task<IActionResult> Index(string? q, string? m, string? status, string? year, string? dept, string? sort, string? dir, CancellationToken ct)
    {
        var filter = new RegistryFilter(
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            string.IsNullOrWhiteSpace(m) ? null : m,
            Enum.TryParse<ProgramStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
            int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
            int.TryParse(dept, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null,
            RegistryFilter.ParseSort(sort), dir == "desc");
        var user = UserScope.From(User);
        var page = await registry.PageAsync(user, filter, ct) with { CanCreate = user.IsFinance, CanExport = user.Role != Roles.Executor };
        return View(page);
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var details = await queries.DetailsAsync(id, UserScope.From(User), ct);
        return details is null ? NotFound() : View(details);
    }

    /// <summary>Новая программа from the administration's decision (Procedure 1.7).</summary>
    [HttpGet, Authorize(Roles = Roles.FinanceOrAdministrator)]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(await creation.FormAsync(UserScope.From(User), null, ct));

    [HttpPost, Authorize(Roles = Roles.FinanceOrAdministrator)]
    public async Task<IActionResult> Create(NewProgramInput input, CancellationToken ct)
    {
        var result = await creation.CreateAsync(UserScope.From(User), input, ct);
        if (!result.Created)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(result.Form);
        }
        TempData["Notice"] = "Программа включена в перечень. Проект программы открыт для подготовки.";
        if (result.Form.RegistryWarning is { } warning) TempData["Warning"] = warning.Message;
        return RedirectToAction(nameof(Details), new { id = result.ProgramId });
    }
}
