using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.Accounts;

/// <summary>The server-side sessions in <c>user_sessions</c>: start, check, end, list.</summary>
public sealed class SessionStore(AppDbContext db, TimeProvider clock, IOptions<SessionSettings> options, SessionCache cache)
{
    private readonly SessionSettings _settings = options.Value;

    public async Task<string> StartAsync(string userId, string? ipAddress, string? userAgent)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            IpAddress = ipAddress,
            UserAgent = userAgent is { Length: > UserSession.UserAgentMaxLength } ? userAgent[..UserSession.UserAgentMaxLength] : userAgent,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Key;
    }

    /// <summary>
    /// True when the session is open, not idle too long and not too old; records the activity. One indexed UPDATE,
    /// at most once per <see cref="SessionSettings.CacheSeconds"/> per session and instance.
    /// </summary>
    public async Task<bool> IsOpenAsync(string key)
    {
        var now = clock.GetUtcNow();
        if (cache.IsKnownOpen(key, now)) return true;
        var (idleCutoff, ageCutoff) = Cutoffs(now);
        var touched = await db.UserSessions.TagWith(Changes.LocalWrites.Unwatched)
            .Where(s => s.Key == key && s.EndedAt == null && s.LastSeenAt > idleCutoff && s.CreatedAt > ageCutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
        if (touched == 0) return false;
        cache.RememberOpen(key, now + TimeSpan.FromSeconds(_settings.CacheSeconds));
        return true;
    }

    public Task EndAsync(string key, string reason) => EndWhereAsync(db.UserSessions.Where(s => s.Key == key), reason);

    /// <summary>Ends one of the user's own sessions (from «Мои сеансы»); false when it is not theirs or already over.</summary>
    public async Task<bool> EndOwnAsync(string userId, long id, string reason) =>
        await EndWhereAsync(db.UserSessions.Where(s => s.Id == id && s.UserId == userId), reason) > 0;

    /// <summary>Every session of the user: after a password change, or when an administrator blocks the account.</summary>
    public Task<int> EndAllAsync(string userId, string reason, string? exceptKey = null) =>
        EndWhereAsync(db.UserSessions.Where(s => s.UserId == userId && s.Key != exceptKey), reason);

    public async Task<IReadOnlyList<UserSession>> ActiveAsync(string userId)
    {
        var (idleCutoff, ageCutoff) = Cutoffs(clock.GetUtcNow());
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.LastSeenAt > idleCutoff && s.CreatedAt > ageCutoff)
            .OrderByDescending(s => s.LastSeenAt).ToListAsync();
    }

    private async Task<int> EndWhereAsync(IQueryable<UserSession> sessions, string reason)
    {
        var open = sessions.Where(s => s.EndedAt == null);
        // This instance forgets them at once; other instances within CacheSeconds.
        foreach (var key in await open.Select(s => s.Key).ToListAsync()) cache.Forget(key);
        var now = clock.GetUtcNow();
        return await open.ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason));
    }

    private (DateTimeOffset Idle, DateTimeOffset Age) Cutoffs(DateTimeOffset now) =>
        (now - TimeSpan.FromMinutes(_settings.IdleMinutes), now - TimeSpan.FromHours(_settings.AbsoluteHours));
}

/// <summary>
/// "This session was open a moment ago", per instance, for <see cref="SessionSettings.CacheSeconds"/>. Read from the
/// portal's clock so that a test moving the clock moves this too.
/// </summary>
public sealed class SessionCache
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _openUntil = new();

    public bool IsKnownOpen(string key, DateTimeOffset now) => _openUntil.TryGetValue(key, out var until) && until > now;

    public void RememberOpen(string key, DateTimeOffset until)
    {
        if (_openUntil.Count >= MaxEntries) _openUntil.Clear(); // only costs a query per session: never grows without bound
        _openUntil[key] = until;
    }

    public void Forget(string key) => _openUntil.TryRemove(key, out _);
}
