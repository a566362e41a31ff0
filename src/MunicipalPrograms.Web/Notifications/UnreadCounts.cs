using System.Collections.Concurrent;

namespace MunicipalPrograms.Web.Notifications;

/// <summary>
/// The bell's unread count per user, kept for <c>Notifications:BellCacheSeconds</c> (5 s) per instance: the count was one
/// SQL query on every page, two thirds of the cost of a small page (docs/performance.md, issue 14). This instance forgets a
/// user's count when it notifies them or they read; a notification made by another instance shows within those seconds.
/// </summary>
public sealed class UnreadCounts(TimeProvider clock, IConfiguration configuration)
{
    public const string CacheSecondsSetting = "Notifications:BellCacheSeconds";
    private const int MaxEntries = 50_000;
    private readonly TimeSpan _keep = TimeSpan.FromSeconds(configuration.GetValue(CacheSecondsSetting, 5));
    private readonly ConcurrentDictionary<string, (int Count, long At)> _counts = new();

    public async Task<int> GetAsync(string userId, Func<Task<int>> count)
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
