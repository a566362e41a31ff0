using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Administration;
using MunicipalPrograms.Web.Email;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>The e-mail outbox: waiting, sent and failed letters with the SMTP server's answer, and «Отправить снова».</summary>
[Authorize(Roles = Roles.Administrator), Route("Admin/Outbox")]
public sealed class OutboxAdministrationController(OutboxAdministration outbox) : Controller
{
    private AdminScope Scope => AdminScope.From(UserScope.From(User))!;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OutboxState? state, CancellationToken ct) => View(await outbox.PageAsync(Scope, state, ct));

    [HttpPost("{id:long}/Resend")]
    public async Task<IActionResult> Resend([FromRoute] long id, [FromQuery] OutboxState? state, CancellationToken ct)
    {
        var (found, refusal) = await outbox.ResendAsync(Scope, id, ct);
        if (!found) return NotFound();
        if (refusal is null) TempData["Notice"] = "Письмо снова поставлено в очередь на отправку.";
        else TempData["Error"] = refusal;
        return RedirectToAction(nameof(Index), new { state });
    }
}
