using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Notifications;

/// <summary>
/// «Уведомления» with the unread count in the menu. The layout leaves it out of the error pages (they must render with the
/// database down); should the count still fail, the link is shown without it rather than failing the page.
/// </summary>
public sealed class NotificationBellViewComponent(
    NotificationInbox inbox, UnreadCounts counts, UserManager<AppUser> users, ILogger<NotificationBellViewComponent> log) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        int? unread = null;
        if (users.GetUserId(UserClaimsPrincipal) is { } id)
        {
            try { unread = await counts.GetAsync(id, () => inbox.UnreadCountAsync(id, HttpContext.RequestAborted)); }
#pragma warning disable CA1031 // a page must not fail for its bell
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "The unread notifications could not be counted"); }
#pragma warning restore CA1031
        }
        return View(unread);
    }
}
