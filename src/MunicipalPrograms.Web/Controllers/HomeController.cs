using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>Sends each role to the screen it starts its day with.</summary>
public sealed class HomeController : Controller
{
    public IActionResult Index()
    {
        if (User.IsInRole(Roles.Executor)) return RedirectToAction("Index", "Reports");
        if (User.IsInRole(Roles.Finance) || User.IsInRole(Roles.Administrator)) return RedirectToAction("Index", "Review");
        return RedirectToAction("Index", "Programs");
    }
}
