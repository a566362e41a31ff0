using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Changes;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.Notifications;

/// <summary>The notifications page and the bell: a user's own notifications, unread first.</summary>
public sealed class NotificationInbox(AppDbContext db, TimeProvider clock, UnreadCounts counts, ChangeWatch watch)
{
    public const int PageSize = 100;

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    /// <summary>The latest <see cref="PageSize"/>, unread first; kept while nothing watched changes (shared: never change it).</summary>
    public Task<IReadOnlyList<Notification>> ListAsync(string userId, CancellationToken ct) =>
        watch.KeptAsync<IReadOnlyList<Notification>>("notifications", userId, async () =>
        {
            var list = new List<Notification>();
            await foreach (var n in List(db, userId).WithCancellation(ct)) list.Add(n);
            return list;
        }, list => list.Count);

    // Compiled: the page's two queries cost more in EF Core's per-call translation lookup than in PostgreSQL (issue 14).
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<Notification>> List = EF.CompileAsyncQuery(
        (AppDbContext db, string userId) => db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(PageSize));

    /// <summary>Marks one notification read and returns where it leads (null: not this user's).</summary>
    public async Task<string?> ReadAsync(string userId, long id, CancellationToken ct)
    {
        var n = await db.Notifications.SingleOrDefaultAsync(x => x.Id == id && x.UserId == userId, ct);
        if (n is null) return null;
        n.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        counts.Forget(userId);
        return n.Link;
    }

    public async Task<int> ReadAllAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var read = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        counts.Forget(userId);
        return read;
    }

    public async Task<(string? Email, EmailMode Mode)> EmailOfAsync(string userId, CancellationToken ct)
    {
        var user = await watch.KeptAsync("email-setting", userId, () => EmailOf(db, userId, ct));
        return (user.Email, user.Mode);
    }

    private static readonly Func<AppDbContext, string, CancellationToken, Task<EmailSetting>> EmailOf = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, CancellationToken ct) => db.Users.Where(u => u.Id == userId).Select(u => new EmailSetting(u.Email, u.EmailMode)).Single());

    private sealed record EmailSetting(string? Email, EmailMode Mode);

    public Task SetEmailModeAsync(string userId, EmailMode mode, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailMode, mode), ct);
}
