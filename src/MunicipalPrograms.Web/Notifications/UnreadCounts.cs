using System.Collections.Concurrent;
using MunicipalPrograms.Web.Changes;

namespace MunicipalPrograms.Web.Notifications;

/// <summary>
/// The bell's unread count per user, kept per instance: the count was one SQL query on every page, two thirds of the cost
/// of a small page (docs/performance.md, issue 14). While the instance listens for changes (ADR 0034) a count is kept
/// until a notification or the user's row changes anywhere; otherwise for <c>Notifications:BellCacheSeconds</c> (5 s),
/// and this instance forgets a user's count when it notifies them or they read.
/// </summary>
public sealed class UnreadCounts(TimeProvider clock, IConfiguration configuration, ChangeWatch watch)
{
    public const string CacheSecondsSetting = "Notifications:BellCacheSeconds";
    private const int MaxEntries = 50_000;
    private readonly TimeSpan _keep = TimeSpan.FromSeconds(configuration.GetValue(CacheSecondsSetting, 5));
    private readonly ConcurrentDictionary<string, (int Count, long At)> _counts = new();

    public Task<int> GetAsync(string userId, Func<Task<int>> count) =>
        watch.Listening ? watch.KeptAsync("unread-count", userId, count) : ForSecondsAsync(userId, count);

    private async Task<int> ForSecondsAsync(string userId, Func<Task<int>> count)
    {
        if (_counts.TryGetValue(userId, out var known) && clock.GetElapsedTime(known.At) < _keep) return known.Count;
        var at = clock.GetTimestamp();
        var fresh = await count();
        if (_counts.Count >= MaxEntries) _counts.Clear(); // only costs a query per user: never grows without bound
        _counts[userId] = (fresh, at);
        return fresh;
    }

    public void Forget(string userId) => _counts.TryRemove(userId, out _);
}
