using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Notifications;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>A user's notifications (unread first), reading them, and how they want e-mails.</summary>
public sealed class NotificationsController(NotificationInbox inbox, UserManager<AppUser> users) : Controller
{
    private string UserId => users.GetUserId(User)!;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var (email, mode) = await inbox.EmailOfAsync(UserId, ct);
        return View(new NotificationsPage(await inbox.ListAsync(UserId, ct), email, mode));
    }

    /// <summary>Follows a notification's link, marking it read on the way.</summary>
    [HttpGet]
    public async Task<IActionResult> Open(long id, CancellationToken ct)
    {
        var link = await inbox.ReadAsync(UserId, id, ct);
        return link is null ? NotFound() : Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Read(long id, CancellationToken ct)
    {
        if (await inbox.ReadAsync(UserId, id, ct) is null) return NotFound();
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> ReadAll(CancellationToken ct)
    {
        var count = await inbox.ReadAllAsync(UserId, ct);
        TempData["Notice"] = count == 0 ? "Непрочитанных уведомлений нет." : $"Отмечено прочитанными: {count}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Email(string? mode, CancellationToken ct)
    {
        if (!StrictEnum.TryParse<EmailMode>(mode, out var chosen))
        {
            TempData["Error"] = "Выберите, как присылать письма: сразу, раз в день сводкой или не присылать.";
            return RedirectToAction(nameof(Index));
        }
        await inbox.SetEmailModeAsync(UserId, chosen, ct);
        TempData["Notice"] = "Настройка писем сохранена.";
        return RedirectToAction(nameof(Index));
    }
}

public sealed record NotificationsPage(IReadOnlyList<Notification> Items, string? Email, EmailMode Mode);
