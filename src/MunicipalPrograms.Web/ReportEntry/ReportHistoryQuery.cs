using MunicipalPrograms.Domain.Municipalities;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>One line of the change journal, in words (the stored codes and invariant values translated).</summary>
public sealed record AuditLine(string At, string User, string Subject, string SubjectCode, int SubjectId, string Field,
    string? OldValue, string? NewValue, string? Reason);

/// <summary>The change journal of one report, or of one value of it.</summary>
public sealed record ReportHistory(int ProgramId, string ProgramName, ReportingPeriod Period, bool Filtered, IReadOnlyList<AuditLine> Lines);

public sealed class ReportHistoryQuery(AppDbContext db)
{
    public const int MaxLines = 1000;

    /// <returns>The journal; null when the program is not there for this user.</returns>
    public async Task<ReportHistory?> LoadAsync(int programId, ReportingPeriod period, UserScope user, string? subject, int? subjectId,
        CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().Visible(user).Where(p => p.Id == programId)
            .Select(p => new
            {
                p.Name,
                p.Municipality!.TimeZoneId,
                ReportId = p.Reports.Where(r => r.Year == period.Year && r.Period == period.Kind).Select(r => (int?)r.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (program is null) return null;
        // A report that was never started has no journal (entries always belong to a report row).
        var entries = program.ReportId is not { } reportId ? [] : await db.AuditEntries.AsNoTracking()
            .Where(e => e.ProgramId == programId && e.ReportId == reportId)
            .Where(e => subject == null || (e.Subject == subject && e.SubjectId == subjectId))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(MaxLines).ToListAsync(ct);
        var lines = entries.Select(e => new AuditLine(
            // In the municipality's time zone: the executor and the finance department of Томск read Томск time.
            TimeZones.Local(e.At, program.TimeZoneId).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture), e.UserName, AuditDisplay.Subject(e, period),
            e.Subject, e.SubjectId, AuditDisplay.FieldCaption(e.Field), AuditDisplay.Value(e.Field, e.OldValue), AuditDisplay.Value(e.Field, e.NewValue),
            e.Reason)).ToList();
        return new ReportHistory(programId, program.Name, period, subject is not null, lines);
    }
}
