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

    private long _generation;
    private volatile bool _listening;
    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    /// <summary>A value and the generation it was read under (a class: swapped whole, never read torn).</summary>
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
    public Task<long> AllStampsAsync(AppDbContext db, CancellationToken ct) =>
        KeptAsync("stamps", "all", () => ProgramStamps.AllAsync(db, ct));

    /// <summary>One program's stamp (<see cref="ProgramStamps.OfAsync(AppDbContext, int, CancellationToken)"/>), the same way.</summary>
    public Task<long> StampOfAsync(AppDbContext db, int programId, CancellationToken ct) =>
        KeptAsync("stamp", programId, () => ProgramStamps.OfAsync(db, programId, ct));

    /// <summary>
    /// A value read from watched tables only (the stamps, a user's notifications, a period's conclusions), kept while the
    /// generation holds; read every time while nobody listens. Never changed after it is kept; <paramref name="size"/> in
    /// rows held.
    /// </summary>
    public async Task<T> KeptAsync<T>(string name, object key, Func<Task<T>> read, Func<T, int>? size = null)
    {
        // The generation is taken before the read, so a change during the read leaves the value stale, never wrong.
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
