using MunicipalPrograms.Domain.Common;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Email;

/// <summary>
/// Sends what is due in the outbox. Each round claims a batch in one PostgreSQL statement (<c>FOR UPDATE SKIP LOCKED</c>
/// and a claim that lasts <see cref="ClaimFor"/>), so two portal instances on one database never take the same letter;
/// sends each through SMTP; then marks it Sent, or counts the failure, keeps the server's answer and waits the next
/// back-off step (Failed after <see cref="EmailOptions.MaxAttempts"/>). A letter whose sender died keeps its claim until it
/// expires and is then sent by whoever comes next. Called every <see cref="EmailOptions.PollSeconds"/> by
/// <see cref="EmailBackgroundService"/>; the tests call it directly.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IOptionsMonitor<EmailOptions> options, TimeProvider clock, IConfiguration configuration,
    ILogger<OutboxSender> log)
{
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    /// <summary>This sender's name in <c>claimed_by</c>: machine, process and a GUID (two hosts in one process differ too).</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private long _round;

    /// <summary>One round: the number of letters the SMTP server accepted.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled || string.IsNullOrWhiteSpace(settings.Smtp.Host)) return 0;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Each round claims under a name of its own: rounds of one instance running at once never touch each other's letters.
        var claim = $"{InstanceId}#{Interlocked.Increment(ref _round)}";
        var letters = await ClaimAsync(db, claim, settings.BatchSize, ct);
        if (letters.Count == 0) return 0;

        var host = SmtpLetter.HostOf(configuration[PublicHost.PublicBaseUrlSetting]);
        var sent = 0;
        using var smtp = new SmtpClient();
        try
        {
            foreach (var letter in letters)
            {
                try
                {
                    if (!smtp.IsConnected) await SmtpLetter.ConnectAsync(smtp, settings.Smtp, ct);
                    await smtp.SendAsync(SmtpLetter.Build(letter, settings.Smtp, host, InstanceId), ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    await FailedAsync(db, claim, letter, SmtpLetter.Answer(e), settings);
                    continue;
                }
                await SentAsync(db, claim, letter);
                sent++;
            }
        }
        finally
        {
            if (smtp.IsConnected)
            {
                try { await smtp.DisconnectAsync(true, CancellationToken.None); }
                catch (Exception e) { log.LogDebug(e, "SMTP disconnect failed"); }
            }
            // What a cancelled round did not get to waits for the next one, without the claim's two minutes.
            await db.OutboxEmails.Where(e => e.ClaimedBy == claim && e.State == OutboxState.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, (string?)null).SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
        return sent;
    }

    /// <summary>
    /// Takes the due letters atomically: skipped if another sender holds the row lock or an unexpired claim. The longest
    /// due go first, so letters that keep failing do not starve the others.
    /// </summary>
    private async Task<List<OutboxEmail>> ClaimAsync(AppDbContext db, string claim, int batch, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + ClaimFor;
        var ids = await db.Database.SqlQuery<long>($"""
            UPDATE outbox_emails SET claimed_by = {claim}, claimed_until = {until}
            WHERE id IN (SELECT id FROM outbox_emails
                         WHERE state = 'Waiting' AND next_attempt_at <= {now} AND (claimed_until IS NULL OR claimed_until < {now})
                         ORDER BY next_attempt_at, id LIMIT {batch} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct);
        if (ids.Count == 0) return [];
        return await db.OutboxEmails.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(ct);
    }

    private async Task SentAsync(AppDbContext db, string claim, OutboxEmail letter)
    {
        var now = clock.GetUtcNow();
        var marked = await db.OutboxEmails.Where(e => e.Id == letter.Id && e.ClaimedBy == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, OutboxState.Sent).SetProperty(e => e.SentAt, now)
                .SetProperty(e => e.Attempts, letter.Attempts + 1)
                .SetProperty(e => e.ClaimedBy, (string?)null).SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        if (marked == 0) log.LogWarning("Outbox letter {Id} was sent after its claim had expired", letter.Id);
    }

    private async Task FailedAsync(AppDbContext db, string claim, OutboxEmail letter, string answer, EmailOptions settings)
    {
        var now = clock.GetUtcNow();
        var attempts = letter.Attempts + 1;
        var state = attempts >= settings.MaxAttempts ? OutboxState.Failed : OutboxState.Waiting;
        var error = TextLength.Cut(answer, OutboxEmail.ErrorMaxLength);
        var next = now + settings.DelayAfter(attempts);
        await db.OutboxEmails.Where(e => e.Id == letter.Id && e.ClaimedBy == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, state).SetProperty(e => e.Attempts, attempts).SetProperty(e => e.LastError, error)
                .SetProperty(e => e.NextAttemptAt, next)
                .SetProperty(e => e.ClaimedBy, (string?)null).SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        log.LogWarning("Outbox letter {Id}: attempt {Attempt} failed ({State}): {Answer}", letter.Id, attempts, state, error);
    }
}
