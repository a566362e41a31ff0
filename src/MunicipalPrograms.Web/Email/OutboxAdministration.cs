using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Administration;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.Email;

public sealed record OutboxRow(long Id, DateTimeOffset CreatedAt, string ToAddress, string Subject, OutboxState State, int Attempts,
    DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError)
{
    public bool CanResend => State != OutboxState.Sent;
}

public sealed record OutboxPage(AdminScope Scope, OutboxState? State, IReadOnlyList<OutboxRow> Rows, IReadOnlyDictionary<OutboxState, int> Counts,
    bool Enabled, string? SmtpHost)
{
    public const int Shown = 200;

    public static string Caption(OutboxState state) => state switch
    {
        OutboxState.Waiting => "ожидает отправки",
        OutboxState.Sent => "отправлено",
        _ => "не отправлено",
    };
}

/// <summary>
/// The outbox as an administrator sees it: a server administrator every letter, a municipal administrator the letters
/// to the users of its municipality. «Отправить снова» puts a failed or waiting letter back at once with a fresh count of
/// attempts, and is written to the administration log.
/// </summary>
public sealed class OutboxAdministration(AppDbContext db, TimeProvider clock, IOptions<EmailOptions> options)
{
    private IQueryable<OutboxEmail> Visible(AdminScope scope) => scope.IsServerAdministrator
        ? db.OutboxEmails
        : db.OutboxEmails.Where(e => db.Users.Any(u => u.Id == e.ToUserId && u.MunicipalityId == scope.MunicipalityId));

    public async Task<OutboxPage> PageAsync(AdminScope scope, OutboxState? state, CancellationToken ct)
    {
        var counts = await Visible(scope).GroupBy(e => e.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = await Visible(scope).Where(e => state == null || e.State == state).OrderByDescending(e => e.Id).Take(OutboxPage.Shown)
            .Select(e => new OutboxRow(e.Id, e.CreatedAt, e.ToAddress, e.Subject, e.State, e.Attempts, e.NextAttemptAt, e.SentAt, e.LastError))
            .ToListAsync(ct);
        var settings = options.Value;
        return new OutboxPage(scope, state, rows, counts, settings.Enabled, settings.Smtp.Host);
    }

    /// <summary>Null when done, else the refusal in Russian; false from <paramref name="found"/> when the letter is not the administrator's.</summary>
    public async Task<(bool Found, string? Refusal)> ResendAsync(AdminScope scope, long id, CancellationToken ct)
    {
        if (await Visible(scope).SingleOrDefaultAsync(e => e.Id == id, ct) is not { } letter) return (false, null);
        if (letter.State == OutboxState.Sent) return (true, "Письмо уже отправлено.");
        var now = clock.GetUtcNow();
        var before = $"{letter.State}, попыток: {letter.Attempts}";
        letter.State = OutboxState.Waiting;
        letter.Attempts = 0;
        letter.NextAttemptAt = now;
        letter.ClaimedBy = null;
        letter.ClaimedUntil = null;
        db.AdminLog.Add(AdminLog.Action(scope.MunicipalityId, AdminSubjects.OutboxEmail, checked((int)letter.Id), letter.ToAddress, AdminSubjects.Resent,
            letter.Subject, before, scope.UserName, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (true, "Письмо в эту минуту отправляется; обновите страницу.");
        }
        return (true, null);
    }
}
