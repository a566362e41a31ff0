using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Identity;

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

    [Compare(nameof(NewPassword), ErrorMessage = "Пароли не совпадают.")]
    [DataType(DataType.Password)]
    [Display(Name = "Новый пароль еще раз")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous, HttpGet]
    public IActionResult Login(string? returnUrl, bool sessionEnded = false)
    {
        // Set by the redirect of a form POST whose session was gone (StaleForms.SessionEndedRedirect).
        ViewBag.SessionEnded = sessionEnded;
        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var result = await signIn.PasswordSignInAsync(form.UserName.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", form.UserName);
            return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction("Index", "Home");
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? "Учетная запись временно заблокирована после нескольких неудачных попыток входа. Повторите через 15 минут или обратитесь к администратору."
            : "Неверное имя пользователя или пароль.");
        logger.LogWarning("Failed sign-in for {UserName} (locked out: {LockedOut})", form.UserName, result.IsLockedOut);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

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
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Пароль изменен.";
        return RedirectToAction("Index", "Home");
    }
}
