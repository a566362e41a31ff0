using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ProgramRegistry;

namespace MunicipalPrograms.Web.Queries;

public sealed record LatestReport(int Id, ReportingPeriod Period, ReportStatus Status);

public sealed record MunicipalityOption(string Code, string Name);

/// <summary>Read side of the program screens: projections straight to view models, no tracking.</summary>
public sealed class ProgramQueries(AppDbContext db)
{
    /// <summary>Whether the user may see the program at all (a foreign id answers 404).</summary>
    public Task<bool> IsVisibleAsync(int programId, UserScope user, CancellationToken ct) =>
        db.Programs.Visible(user).AnyAsync(p => p.Id == programId, ct);

    /// <summary>
    /// The year a program's evaluation and forms open on (over all programs when <paramref name="programId"/> is null):
    /// the latest year with a report, else the current campaign's year kept within the program's period.
    /// </summary>
    public async Task<int> DefaultYearAsync(int? programId, int campaignYear, CancellationToken ct)
    {
        var reported = await db.Reports.Where(r => programId == null || r.ProgramId == programId).MaxAsync(r => (int?)r.Year, ct);
        if (reported is { } year) return year;
        if (programId is null) return campaignYear;
        var period = await db.Programs.Where(p => p.Id == programId).Select(p => new { p.StartYear, p.EndYear }).SingleOrDefaultAsync(ct);
        return period is null ? campaignYear : Math.Clamp(campaignYear, period.StartYear, Math.Max(period.StartYear, period.EndYear ?? campaignYear));
    }

    public Task<string?> MunicipalityCodeAsync(int municipalityId, CancellationToken ct) =>
        db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Code).SingleOrDefaultAsync(ct);

    public async Task<ProgramDetails?> DetailsAsync(int id, UserScope user, CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().AsSplitQuery().Visible(user)
            .Include(p => p.Municipality)
            .Include(p => p.ResponsibleExecutor)
            // Link rows have no order of their own: by department id, so the lists do not change between requests.
            .Include(p => p.CoExecutors.OrderBy(c => c.DepartmentId)).ThenInclude(c => c.Department)
            .Include(p => p.Goals).ThenInclude(g => g.Objectives)
            .Include(p => p.Subprograms)
            .Include(p => p.Activities).ThenInclude(a => a.Executors.OrderBy(e => e.DepartmentId)).ThenInclude(e => e.Department)
            .Include(p => p.Activities).ThenInclude(a => a.ExpectedResults)
            .Include(p => p.Indicators).ThenInclude(i => i.Values)
            .Include(p => p.FundingLines)
            .Include(p => p.Amendments)
            .Include(p => p.Reports)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null) return null;
        var version = await db.ProgramVersions.AsNoTracking().Where(v => v.ProgramId == id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Act }).FirstOrDefaultAsync(ct);
        var draft = await db.ProgramDrafts.AsNoTracking().Where(d => d.ProgramId == id)
            .Select(d => new { d.Kind, d.Status, d.DueDate }).FirstOrDefaultAsync(ct);
        return new ProgramDetails(program)
        {
            Version = version is null ? null : new CurrentVersion(version.Number, version.Act),
            Draft = draft is null ? null : new OpenDraft(draft.Kind, draft.Status),
            DraftDueDate = draft?.DueDate,
        };
    }
}

/// <summary>A program with everything its passport page shows, and the totals computed from rows.</summary>
public sealed class ProgramDetails(MunicipalProgram program)
{
    public MunicipalProgram Program { get; } = program;

    /// <summary>The current редакция (latest by number) and its act; null while the program is a project.</summary>
    public CurrentVersion? Version { get; init; }

    /// <summary>The open draft (the project or an amendment being prepared), if any, and its deadline.</summary>
    public OpenDraft? Draft { get; init; }

    public DateOnly? DraftDueDate { get; init; }

    /// <summary>Years that have a plan (funding or indicator values), in order.</summary>
    public IReadOnlyList<int> Years { get; } = program.FundingLines.Where(f => f.Period == PeriodKind.Year).Select(f => f.Year)
        .Concat(program.Indicators.SelectMany(i => i.Values).Where(v => v.Period == PeriodKind.Year).Select(v => v.Year))
        .Distinct().Order().ToList();

    public FundingTotals TotalsFor(int year) =>
        FundingTotals.Of(Program.FundingLines.Where(f => f.Year == year && f.Period == PeriodKind.Year));

    public FundingTotals Totals => FundingTotals.Of(Program.FundingLines.Where(f => f.Period == PeriodKind.Year));

    /// <summary>The program's activities in document order, with their depth.</summary>
    public ActivityTree Activities { get; } = new(program.Activities);

    /// <summary>An activity's own lines plus those of everything under it.</summary>
    public FundingTotals TotalsFor(Activity activity, int? year = null)
    {
        var ids = Activities.IdsUnder([activity]);
        return FundingTotals.Of(Program.FundingLines.Where(f => ids.Contains(f.ActivityId) && f.Period == PeriodKind.Year && (year is null || f.Year == year)));
    }

    public IEnumerable<FundingSource> SourcesUsed =>
        Enum.GetValues<FundingSource>().Where(s => Program.FundingLines.Any(f => f.Source == s));
}
