using System.Collections.Concurrent;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.ProgramCache;

/// <summary>
/// The stamps as this instance last read them, and whether they may have moved since (ADR 0034). A generation counts
/// every event after which a stamp may differ: a write committed through this instance (<see cref="LocalWrites"/>), a
/// notification from PostgreSQL that another connection raised a stamp (<see cref="StampListener"/>), the listener
/// losing or regaining its connection. A stamp read under the current generation is still the database's, so a page
/// reads none; while nobody listens (not connected yet, connection lost, <c>ProgramCache:ListenForChanges</c> off)
/// every read goes to the database, as before.
/// </summary>
public sealed class StampWatch
{
    public const string ListenSetting = "ProgramCache:ListenForChanges";
    private const int MaxPrograms = 50_000;

    private long _generation;
    private volatile bool _listening;
    private Known _all = new(0, -1);
    private readonly ConcurrentDictionary<int, Known> _programs = new();

    /// <summary>A stamp and the generation it was read under (a class: swapped whole, never read torn).</summary>
    private sealed record Known(long Stamp, long Generation);

    public long Generation => Interlocked.Read(ref _generation);
    public bool Listening => _listening;

    /// <summary>A stamp may have moved: every stamp read before is checked again.</summary>
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
    public async Task<long> AllAsync(AppDbContext db, CancellationToken ct)
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
    public async Task<long> OfAsync(AppDbContext db, int programId, CancellationToken ct)
    {
        var generation = Generation;
        if (_listening && _programs.TryGetValue(programId, out var known) && known.Generation == generation) return known.Stamp;
        var stamp = await ProgramStamps.OfAsync(db, programId, ct);
        if (_programs.Count >= MaxPrograms) _programs.Clear(); // only costs a query per program: never grows without bound
        _programs.AddOrUpdate(programId, new Known(stamp, generation), (_, old) => generation > old.Generation ? new Known(stamp, generation) : old);
        return stamp;
    }
}
