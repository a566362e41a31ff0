using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.PublicSite;

/// <summary>
/// What the public part may show at all (ADR 0027): programs with a редакция in force (approved by a legal act, not a
/// «проект»), and reports the finance department accepted. Every public query and open-data set starts here.
/// </summary>
public static class PublicScope
{
    /// <summary>Programs approved by a legal act whose first редакция is in force on <paramref name="today"/>.</summary>
    public static IQueryable<MunicipalProgram> Programs(AppDbContext db, DateOnly today) =>
        db.Programs.Where(p => p.Status != ProgramStatus.Draft
                               && db.ProgramVersions.Any(v => v.ProgramId == p.Id && v.EffectiveFrom <= today));

    /// <summary>The accepted reports of the public programs: only their facts and evaluations are published.</summary>
    public static IQueryable<ProgressReport> AcceptedReports(AppDbContext db, DateOnly today)
    {
        var programs = Programs(db, today);
        return db.Reports.Where(r => r.Status == ReportStatus.Accepted && programs.Any(p => p.Id == r.ProgramId));
    }
}
