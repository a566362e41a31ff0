using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.Controllers;

public sealed class ProgramsController(ProgramQueries queries) : Controller
{
    /// <summary>Перечень муниципальных программ, optionally of one municipality.</summary>
    public async Task<IActionResult> Index(string? m, CancellationToken ct)
    {
        ViewBag.Municipalities = await queries.MunicipalitiesAsync(ct);
        ViewBag.Selected = m;
        return View(await queries.ListAsync(UserScope.From(User), m, ct));
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var details = await queries.DetailsAsync(id, UserScope.From(User), ct);
        return details is null ? NotFound() : View(details);
    }
}
