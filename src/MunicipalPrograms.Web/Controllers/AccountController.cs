using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using MunicipalPrograms.Web.Accounts;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Controllers;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Введите имя пользователя.")]
    [Display(Name = "Имя пользователя")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Введите пароль.")]
    [DataType(DataType.Password)]
    [Display(Name = "Пароль")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Введите текущий пароль.")]
    [DataType(DataType.Password)]
    [Display(Name = "Текущий пароль")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Введите новый пароль.")]
    [DataType(DataType.Password)]
    [Display(Name = "Новый пароль")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Повторите новый пароль.")]
    [Compare(nameof(NewPassword), ErrorMessage = "Пароли не совпадают.")]
    [DataType(DataType.Password)]
    [Display(Name = "Новый пароль еще раз")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class AccountController(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInService check, SessionStore sessions, ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous, HttpGet]
    public IActionResult Login(string? returnUrl, bool sessionEnded = false, bool signedOut = false)
    {
        // Set by the redirect of a form POST whose session was gone (StaleForms.SessionEndedRedirect).
        ViewBag.SessionEnded = sessionEnded;
        ViewBag.SignedOut = signedOut && !sessionEnded;
        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost, ReportsUnreadableInput(SignInService.RefusalMessage)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await check.CheckAsync(form.UserName, form.Password, ClientAddress.Of(HttpContext));
        if (user is null)
        {
            // One message for an unknown name, a wrong password and a lockout: the page tells no one who has an account.
            ModelState.AddModelError("", SignInService.RefusalMessage);
            return View(form);
        }
        await StartSessionAsync(user);
        logger.LogInformation("User {UserName} signed in", user.UserName);
        if (user.MustChangePassword) return RedirectToAction(nameof(ChangePassword));
        return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction("Index", "Home");
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        if (User.SessionKey() is { } key) await sessions.EndAsync(key, SessionEndReasons.SignedOut);
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login), new { signedOut = true });
    }

    /// <summary>
    /// «Продолжить работу» of the idle warning: any signed-in request slides the session (SessionValidation), so this
    /// answers nothing. Not cached, so every press reaches the session check.
    /// </summary>
    [HttpGet, ResponseCache(NoStore = true)]
    public IActionResult KeepAlive() => NoContent();

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            return View(form);
        }
        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        // Every session ends, this one too: a copy of this browser's cookie must not outlive the old password.
        // This browser goes on in a new session.
        await sessions.EndAllAsync(user.Id, SessionEndReasons.PasswordChanged);
        await StartSessionAsync(user);
        TempData["Notice"] = "Пароль изменен. Все другие сеансы завершены.";
        return RedirectToAction("Index", "Home");
    }

    /// <summary>«Мои сеансы»: the user's open sessions; any but this one can be ended.</summary>
    [HttpGet]
    public async Task<IActionResult> Sessions() =>
        View(new SessionsPage(await sessions.ActiveAsync(users.GetUserId(User)!), User.SessionKey()));

    [HttpPost]
    public async Task<IActionResult> EndSession(long id)
    {
        var ended = await sessions.EndOwnAsync(users.GetUserId(User)!, id, SessionEndReasons.EndedByUser);
        TempData["Notice"] = ended ? "Сеанс завершен." : "Этот сеанс уже завершен.";
        return RedirectToAction(nameof(Sessions));
    }

    [HttpPost]
    public async Task<IActionResult> EndOtherSessions()
    {
        var count = await sessions.EndAllAsync(users.GetUserId(User)!, SessionEndReasons.EndedByUser, exceptKey: User.SessionKey());
        TempData["Notice"] = $"Завершено сеансов: {count}.";
        return RedirectToAction(nameof(Sessions));
    }

    /// <summary>«Журнал входа» for the administrator.</summary>
    [HttpGet, Authorize(Roles = Roles.Administrator)]
    public async Task<IActionResult> SignInLog(bool failures, [FromServices] SignInLogQuery log) =>
        View(new SignInLogPage(await log.LatestAsync(failures), failures));

    private async Task StartSessionAsync(AppUser user)
    {
        var key = await sessions.StartAsync(user.Id, ClientAddress.Of(HttpContext), Request.Headers.UserAgent.ToString());
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SessionValidation.SessionClaim, key)]);
    }
}
