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
    /// <summary>The stamp of a program this user may see; null when it does not exist or is not theirs (a 404).</summary>
    public static Task<long?> OfVisibleAsync(AppDbContext db, int programId, UserScope user, CancellationToken ct) =>
        Of(db, db.Programs.Visible(user).Where(p => p.Id == programId)).Select(x => (long?)x.Stamp).FirstOrDefaultAsync(ct);

    /// <summary>The stamps of the given programs, by id.</summary>
    public static Task<Dictionary<int, long>> OfAsync(AppDbContext db, IQueryable<MunicipalProgram> programs, CancellationToken ct) =>
        Of(db, programs).ToDictionaryAsync(x => x.Id, x => x.Stamp, ct);

    private static IQueryable<StampRow> Of(AppDbContext db, IQueryable<MunicipalProgram> programs) =>
        programs.Select(p => new StampRow(p.Id,
            db.ProgramStamps.Where(s => s.ProgramId == p.Id || s.ProgramId == ProgramStamp.Shared).Sum(s => (long?)s.Stamp) ?? 0L));

    private sealed record StampRow(int Id, long Stamp);
}
