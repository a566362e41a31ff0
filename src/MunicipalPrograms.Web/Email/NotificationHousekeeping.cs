using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Notifications;

namespace MunicipalPrograms.Web.Email;

/// <summary>
/// The daily work around notifications: the digests of those who chose one letter a day, and the retention of old
/// notifications and sent letters.
/// </summary>
public sealed class NotificationHousekeeping(AppDbContext db, TimeProvider clock, IOptions<EmailOptions> email, IOptions<NotificationOptions> notifications,
    IConfiguration configuration)
{
    /// <summary>The key of the PostgreSQL advisory lock that lets one instance at a time make digests.</summary>
    private const long DigestLockKey = 0x4d50_4469_6765_7374; // "MPDigest"

    /// <summary>
    /// Today's digest moment (the local <see cref="EmailOptions.DigestHour"/>), or yesterday's before that hour: each digest
    /// takes the notifications not yet e-mailed that were made before it. Whoever runs it again, on any instance, finds
    /// them marked and makes nothing.
    /// </summary>
    public DateTimeOffset DigestCut()
    {
        var local = clock.GetLocalNow();
        var moment = new DateTime(local.Year, local.Month, local.Day, Math.Clamp(email.Value.DigestHour, 0, 23), 0, 0, DateTimeKind.Unspecified);
        var cut = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(moment, clock.LocalTimeZone), TimeSpan.Zero);
        return cut > clock.GetUtcNow() ? cut.AddDays(-1) : cut;
    }

    /// <summary>One letter per user with a daily digest and an address; returns the number of letters put in the outbox.</summary>
    public async Task<int> MakeDigestsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cut = DigestCut();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var mine = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({DigestLockKey}) AS \"Value\"").SingleAsync(ct);
        if (!mine) return 0;
        var pending = await (from n in db.Notifications
                             join u in db.Users on n.UserId equals u.Id
                             where n.EmailedAt == null && n.CreatedAt < cut && u.EmailMode == EmailMode.DailyDigest && u.Email != null && u.Email != ""
                                   && (u.LockoutEnd == null || u.LockoutEnd <= now)
                             select new { Notification = n, Address = u.Email! }).ToListAsync(ct);
        var baseUrl = configuration[PublicHost.PublicBaseUrlSetting];
        var letters = 0;
        foreach (var user in pending.GroupBy(p => p.Notification.UserId))
        {
            var day = user.Select(p => p.Notification).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).ToList();
            db.OutboxEmails.Add(NotificationEmail.Digest(day, user.First().Address, user.Key, baseUrl, now));
            foreach (var n in day) n.EmailedAt = now;
            letters++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return letters;
    }

    /// <summary>Deletes notifications and sent letters older than <see cref="NotificationOptions.KeepDays"/>; returns how many.</summary>
    public async Task<int> ApplyRetentionAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow() - TimeSpan.FromDays(Math.Max(1, notifications.Value.KeepDays));
        var deleted = await db.Notifications.Where(n => n.CreatedAt < before).ExecuteDeleteAsync(ct);
        deleted += await db.OutboxEmails.Where(e => e.State == OutboxState.Sent && e.SentAt < before).ExecuteDeleteAsync(ct);
        return deleted;
    }
}
