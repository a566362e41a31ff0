using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.ProgramCache;

/// <summary>
/// Reads the stamps a cached copy is checked against: the program's own counter plus the shared one (both only grow, so
/// their sum changes with either). One indexed query, for one program or for a whole page of them.
/// </summary>
public static class ProgramStamps
{
    /// <summary>
    /// The stamp of one program (0 when it has none yet, also for an id that does not exist). A compiled query: it runs on
    /// every report page, and EF Core's translation of a LINQ query cost more than the round trip (issue 14's profile).
    /// Who may see the program is the caller's question (<see cref="ProgramSnapshot.VisibleTo"/>).
    /// </summary>
    public static Task<long> OfAsync(AppDbContext db, int programId, CancellationToken ct) => Own(db, programId, ct);

    private static readonly Func<AppDbContext, int, CancellationToken, Task<long>> Own = EF.CompileAsyncQuery(
        (AppDbContext db, int programId, CancellationToken ct) =>
            db.ProgramStamps.Where(s => s.ProgramId == programId || s.ProgramId == ProgramStamp.Shared).Sum(s => s.Stamp));

    /// <summary>
    /// The sum of every program's stamp and the shared one: a stamp only grows and its row is never deleted, so the sum
    /// grows with every committed write to any program (a list over all programs is checked against it).
    /// </summary>
    public static Task<long> AllAsync(AppDbContext db, CancellationToken ct) => All(db, ct);

    private static readonly Func<AppDbContext, CancellationToken, Task<long>> All = EF.CompileAsyncQuery(
        (AppDbContext db, CancellationToken ct) => db.ProgramStamps.Sum(s => s.Stamp));

    /// <summary>The stamps of the given programs, by id.</summary>
    public static Task<Dictionary<int, long>> OfAsync(AppDbContext db, IQueryable<MunicipalProgram> programs, CancellationToken ct) =>
        Of(db, programs).ToDictionaryAsync(x => x.ProgramId, x => x.Stamp, ct);

    /// <summary>The stamps of the given programs as a query, to join further (the stored evaluation summaries).</summary>
    public static IQueryable<StampRow> Of(AppDbContext db, IQueryable<MunicipalProgram> programs) =>
        programs.Select(p => new StampRow
        {
            ProgramId = p.Id,
            Stamp = db.ProgramStamps.Where(s => s.ProgramId == p.Id || s.ProgramId == ProgramStamp.Shared).Sum(s => (long?)s.Stamp) ?? 0L,
        });

    /// <summary>A program's stamp (a class with settable members, so EF Core can compose a query over it).</summary>
    public sealed class StampRow
    {
        public int ProgramId { get; init; }
        public long Stamp { get; init; }
    }
}
