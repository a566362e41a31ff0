using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ProgramCache;

namespace MunicipalPrograms.Web.Changes;

/// <summary>
/// Whether what this instance last read can have changed since (ADR 0034). A generation counts every event after which
/// it may: a write committed through this instance (<see cref="LocalWrites"/>), a notification from PostgreSQL that
/// another connection changed a watched table (<see cref="ChangeListener"/>: the program stamps, the notifications, the
/// users, the conclusions), the listener losing or regaining its connection. A value read under the current generation
/// is still the database's, so a page reads it from memory; while nobody listens (not connected yet, connection lost,
/// <c>Changes:Listen</c> off) every read goes to the database, as before.
/// </summary>
public sealed class ChangeWatch : IDisposable
{
    public const string ListenSetting = "Changes:Listen";
    private const int MaxPrograms = 50_000;

    private long _generation;
    private volatile bool _listening;
    private Known _all = new(0, -1);
    private readonly ConcurrentDictionary<int, Known> _programs = new();
    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    /// <summary>A stamp and the generation it was read under (a class: swapped whole, never read torn).</summary>
    private sealed record Known(long Stamp, long Generation);

    private sealed record Kept<T>(long Generation, T Value);

    private readonly record struct KeptKey(string Name, object Key);

    public long Generation => Interlocked.Read(ref _generation);
    public bool Listening => _listening;

    /// <summary>Something watched may have changed: everything read before is read again.</summary>
    public void Changed() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// The listener is (or is no longer) told of every commit: a new generation either way, since commits may have been
    /// missed while nobody listened.
    /// </summary>
    public void SetListening(bool listening)
    {
        _listening = listening;
        Changed();
    }

    /// <summary>The sum of all stamps (<see cref="ProgramStamps.AllAsync"/>), read only when it may have moved.</summary>
    public async Task<long> AllStampsAsync(AppDbContext db, CancellationToken ct)
    {
        // The generation is taken before the read, so a change during the read leaves the value stale, never wrong.
        var generation = Generation;
        var known = _all;
        if (_listening && known.Generation == generation) return known.Stamp;
        var stamp = await ProgramStamps.AllAsync(db, ct);
        if (generation > _all.Generation) _all = new Known(stamp, generation); // an older one never replaces a newer
        return stamp;
    }

    /// <summary>One program's stamp (<see cref="ProgramStamps.OfAsync(AppDbContext, int, CancellationToken)"/>), the same way.</summary>
    public async Task<long> StampOfAsync(AppDbContext db, int programId, CancellationToken ct)
    {
        var generation = Generation;
        if (_listening && _programs.TryGetValue(programId, out var known) && known.Generation == generation) return known.Stamp;
        var stamp = await ProgramStamps.OfAsync(db, programId, ct);
        if (_programs.Count >= MaxPrograms) _programs.Clear(); // only costs a query per program: never grows without bound
        _programs.AddOrUpdate(programId, new Known(stamp, generation), (_, old) => generation > old.Generation ? new Known(stamp, generation) : old);
        return stamp;
    }

    /// <summary>
    /// A value read from watched tables only (a user's notifications, a period's conclusions), kept while the generation
    /// holds; read every time while nobody listens. Never changed after it is kept; <paramref name="size"/> in rows held.
    /// </summary>
    public async Task<T> KeptAsync<T>(string name, object key, Func<Task<T>> read, Func<T, int>? size = null)
    {
        var generation = Generation;
        if (!_listening) return await read();
        var at = new KeptKey(name, key);
        if (_kept.TryGetValue(at, out Kept<T>? kept) && kept!.Generation == generation) return kept.Value;
        var value = await read();
        _kept.Set(at, new Kept<T>(generation, value),
            new MemoryCacheEntryOptions { Size = 1 + (size?.Invoke(value) ?? 0), SlidingExpiration = TimeSpan.FromMinutes(30) });
        return value;
    }

    public void Dispose() => _kept.Dispose();
}
