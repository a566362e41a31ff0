using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// Serializes the writes to one program's reports: a save and a workflow step (submit above all) take this
/// lock first in their transaction, so a submission checks completeness against values no concurrent save
/// can change before it commits, and a save sees the status a concurrent step left. NO KEY UPDATE: inserts of
/// child rows elsewhere (their foreign-key checks take KEY SHARE on the program row) are not blocked.
/// </summary>
public static class ProgramLock
{
    public static Task TakeAsync(AppDbContext db, int programId, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM programs WHERE id = {programId} FOR NO KEY UPDATE", ct);
}
