using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Administration;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>
/// Portal accounts: list, create, edit, block, unblock, new one-time password. An account outside the administrator's
/// municipality answers 404, also to a forged post. A one-time password is rendered in the post's own response (no
/// redirect, no TempData, no-store), so it exists nowhere after that page.
/// </summary>
[Authorize(Roles = Roles.Administrator), Route("Admin/Users")]
public sealed class UserAdministrationController(UserDirectory directory, UserAdministration administration, UserManager<AppUser> users) : Controller
{
    private AdminScope Scope => AdminScope.From(UserScope.From(User))!;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserFilter filter, CancellationToken ct) =>
        View(new UsersPage(Scope, filter, await directory.ListAsync(Scope, filter, ct), await directory.MunicipalitiesAsync(Scope, ct)));

    [HttpGet("New")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("User", await PageAsync(new UserForm { Role = Roles.Executor, MunicipalityId = Scope.MunicipalityId }, null, ct));

    [HttpGet("{userId}")]
    public async Task<IActionResult> Edit([FromRoute] string userId, CancellationToken ct)
    {
        if (await directory.FindAsync(Scope, userId, ct) is not { } row) return NotFound();
        return View("User", await PageAsync(UserForm.From((await users.FindByIdAsync(userId))!, row.Role ?? ""), row, ct));
    }

    [HttpPost("Save")]
    public async Task<IActionResult> Save(UserForm form, CancellationToken ct)
    {
        var current = form.Creating ? null : await directory.FindAsync(Scope, form.Id!, ct);
        if (!form.Creating && current is null) return NotFound();
        var errors = new FormErrors();
        if (await administration.SaveAsync(Scope, form, errors, ct) is not var (user, password))
        {
            foreach (var (field, message) in errors.All) ModelState.AddModelError(field, message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("User", await PageAsync(form, current, ct));
        }
        if (password is not null) return Issued(new IssuedPassword(user.Id, user.UserName!, user.FullName, password, Created: true));
        TempData["Notice"] = "Сведения о пользователе сохранены.";
        return RedirectToAction(nameof(Edit), new { userId = user.Id });
    }

    [HttpPost("{userId}/Block")]
    public Task<IActionResult> Block([FromRoute] string userId, CancellationToken ct) =>
        ActAsync(userId, user => administration.BlockAsync(Scope, user, ct), "Пользователь заблокирован, его сеансы завершены.", ct);

    [HttpPost("{userId}/Unblock")]
    public Task<IActionResult> Unblock([FromRoute] string userId, CancellationToken ct) =>
        ActAsync(userId, async user => { await administration.UnblockAsync(Scope, user, ct); return null; }, "Пользователь разблокирован.", ct);

    [HttpPost("{userId}/ResetPassword")]
    public async Task<IActionResult> ResetPassword([FromRoute] string userId, CancellationToken ct)
    {
        if (await FindAsync(userId, ct) is not { } user) return NotFound();
        var password = await administration.ResetPasswordAsync(Scope, user, ct);
        return Issued(new IssuedPassword(user.Id, user.UserName!, user.FullName, password, Created: false));
    }

    private async Task<IActionResult> ActAsync(string userId, Func<AppUser, Task<string?>> action, string done, CancellationToken ct)
    {
        if (await FindAsync(userId, ct) is not { } user) return NotFound();
        var refusal = await action(user);
        if (refusal is null) TempData["Notice"] = done; else TempData["Error"] = refusal;
        return RedirectToAction(nameof(Edit), new { userId });
    }

    private ViewResult Issued(IssuedPassword issued)
    {
        Response.Headers.CacheControl = "no-store";
        return View("Password", issued);
    }

    /// <summary>The account, only when it is within the administrator's scope.</summary>
    private async Task<AppUser?> FindAsync(string userId, CancellationToken ct) =>
        await directory.FindAsync(Scope, userId, ct) is null ? null : await users.FindByIdAsync(userId);

    private async Task<UserPage> PageAsync(UserForm form, UserRow? current, CancellationToken ct) =>
        new(Scope, form, current, await directory.MunicipalitiesAsync(Scope, ct), await directory.OpenDepartmentsAsync(Scope, ct));
}
