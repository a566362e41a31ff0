using Microsoft.Extensions.Caching.Memory;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Evaluation;

namespace MunicipalPrograms.Web.ProgramCache;

/// <summary>What a cached copy was loaded for: the report page reads more of a program than an evaluation does.</summary>
public enum SnapshotKind { ReportPage, Evaluation }

public readonly record struct SnapshotKey(SnapshotKind Kind, int ProgramId, ReportingPeriod Period);

/// <summary>
/// A program's data for one period as loaded (untracked) and evaluated, valid while the program's stamp is
/// <paramref name="Stamp"/>. Shared by every request that finds it: nothing may change it after it is stored.
/// </summary>
public sealed record ProgramSnapshot(long Stamp, ProgramEvaluationResult Result)
{
    /// <summary>
    /// The users found allowed to see the program under this stamp (ProgramAccess, asked once per user and stamp): who may
    /// see a program changes only with its rows — a new stamp, a new snapshot — or with the user's scope, which is the key.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<Access.UserScope, bool> VisibleTo { get; } = new();
}

/// <summary>
/// The loaded and evaluated programs of this instance, checked against the database's stamps on every use (ADR 0032):
/// a page gets the stamp from <see cref="Stamps"/> (a query, unless nothing can have moved it since the last: ADR 0034)
/// and takes the copy only when it was loaded under that stamp, so no save or amendment of any instance is missed.
/// Bounded by <c>ProgramCache:Size</c> (indicators, activities and funding lines held) and forgotten after
/// <c>ProgramCache:IdleMinutes</c> unused.
/// </summary>
public sealed class ProgramSnapshots : IDisposable
{
    public const string SizeSetting = "ProgramCache:Size";
    public const string IdleMinutesSetting = "ProgramCache:IdleMinutes";

    private readonly MemoryCache _cache;
    private readonly TimeSpan _idle;

    /// <summary>The stamps the copies are checked against.</summary>
    public Changes.ChangeWatch Stamps { get; }

    public ProgramSnapshots(IConfiguration configuration, Changes.ChangeWatch stamps)
    {
        Stamps = stamps;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue<long>(SizeSetting, 500_000) });
        _idle = TimeSpan.FromMinutes(configuration.GetValue(IdleMinutesSetting, 30));
    }

    /// <summary>The copy loaded under exactly this stamp, if this instance holds it.</summary>
    public ProgramSnapshot? Find(SnapshotKey key, long stamp) =>
        _cache.TryGetValue(key, out ProgramSnapshot? snapshot) && snapshot!.Stamp == stamp ? snapshot : null;

    /// <summary>
    /// Keeps a copy read after its stamp was read (so it is at least as new as the stamp says: a change committed in
    /// between only makes the next check miss). The caller must not change the program afterwards.
    /// </summary>
    public ProgramSnapshot Store(SnapshotKey key, long stamp, ProgramEvaluationResult result)
    {
        var snapshot = new ProgramSnapshot(stamp, result);
        var program = result.Program;
        var size = 1 + program.Indicators.Count + program.Activities.Count + program.FundingLines.Count;
        _cache.Set(key, snapshot, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = _idle });
        return snapshot;
    }

    /// <summary>
    /// A value read over many programs (the campaign's lines, the municipalities a user sees, a user's work list) kept under
    /// the sum of every program's stamp (<see cref="Changes.ChangeWatch.AllStampsAsync"/>): that sum grows with every committed write to
    /// any program, so a value is taken only while nothing it was read from has changed. Never changed after it is stored.
    /// </summary>
    /// <param name="name">What is kept («dashboard-lines»): part of the key, since tuples of the same element types are
    /// equal whatever their element names (the dashboard's lines and rows once overwrote each other so).</param>
    /// <param name="key">What the value depends on besides the stamps (user scope, filter, day).</param>
    public T? FindOverAll<T>(string name, object key, long allStamps) where T : class =>
        _cache.TryGetValue(new OverAllKey(name, key), out OverAll<T>? kept) && kept!.Stamp == allStamps ? kept.Value : null;

    /// <summary>Keeps a value read after <paramref name="allStamps"/> was read; <paramref name="size"/> in rows held.</summary>
    public T StoreOverAll<T>(string name, object key, long allStamps, T value, int size) where T : class
    {
        _cache.Set(new OverAllKey(name, key), new OverAll<T>(allStamps, value), new MemoryCacheEntryOptions { Size = 1 + size, SlidingExpiration = _idle });
        return value;
    }

    public IReadOnlyList<T>? FindList<T>(string name, object key, long allStamps) => FindOverAll<IReadOnlyList<T>>(name, key, allStamps);

    public IReadOnlyList<T> StoreList<T>(string name, object key, long allStamps, IReadOnlyList<T> rows) => StoreOverAll(name, key, allStamps, rows, rows.Count);

    private sealed record OverAllKey(string Name, object Key);

    private sealed record OverAll<T>(long Stamp, T Value);

    public void Dispose() => _cache.Dispose();
}
