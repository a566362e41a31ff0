using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.ProgramRegistry;

/// <summary>
/// The registry of programs (Procedure 3.1–3.3, Appendix 8) as the screen shows it: the visible programs filtered,
/// searched and sorted in SQL and projected in one query, with the current редакция (latest by number) and its act,
/// and the open draft if any.
/// </summary>
public sealed class ProgramRegistryQuery(AppDbContext db, ProgramCache.ProgramSnapshots cache)
{
    /// <summary>
    /// The registry page. Everything it reads is a program's rows (drafts included since ADR 0033; the late-change audit
    /// entry is written with the program's creation) or shared ones, so the rows and the filter options are kept per
    /// instance under the sum of all stamps: a warm page costs one query (issue 14).
    /// </summary>
    public async Task<RegistryPage> PageAsync(UserScope user, RegistryFilter filter, CancellationToken ct)
    {
        var stamp = await cache.Stamps.AllStampsAsync(db, ct);
        var scope = user.Visibility();
        var (municipalities, departments) = await FilterOptionsAsync(user, filter.Municipality, filter.Department, stamp, ct);
        var key = (scope, filter);
        var rows = cache.FindList<RegistryRow>("registry-rows", key, stamp) ?? cache.StoreList("registry-rows", key, stamp, await ListAsync(user, filter, ct));
        return new RegistryPage(filter, rows, municipalities, departments);
    }

    /// <summary>
    /// The municipalities and departments a filter offers this user, kept under the sum of all stamps. The departments are those of one
    /// municipality: the chosen one, the chosen department's, or the only one the user sees. With many municipalities
    /// and none chosen there are none: a list of every department of 500 municipalities is no choice (issue 12).
    /// </summary>
    public async Task<(IReadOnlyList<MunicipalityOption> Municipalities, IReadOnlyList<DepartmentOption> Departments)> FilterOptionsAsync(
        UserScope user, string? municipalityCode, int? departmentId, long allStamps, CancellationToken ct)
    {
        var municipalities = await MunicipalitiesAsync(user, ct, allStamps);
        if (string.IsNullOrEmpty(municipalityCode) && departmentId is null && municipalities.Count > 1) return (municipalities, []);
        var key = (user.Visibility(), municipalityCode, departmentId);
        return (municipalities, cache.FindList<DepartmentOption>("registry-departments", key, allStamps)
            ?? cache.StoreList("registry-departments", key, allStamps, await DepartmentsAsync(user, municipalityCode, departmentId, municipalities.Count, ct)));
    }

    private async Task<List<DepartmentOption>> DepartmentsAsync(UserScope user, string? municipalityCode, int? departmentId, int municipalityCount, CancellationToken ct)
    {
        var visible = db.Programs.AsNoTracking().Visible(user);
        var chosen = db.Departments.Where(d => d.Id == departmentId).Select(d => d.MunicipalityId);
        return await db.Departments.AsNoTracking()
            .Where(d => visible.Any(p => p.MunicipalityId == d.MunicipalityId))
            .Join(db.Municipalities, d => d.MunicipalityId, m => m.Id, (d, m) => new { d.Id, d.Name, Municipality = m.Name, MunicipalityCode = m.Code, d.MunicipalityId })
            .Where(d => municipalityCount == 1 || d.MunicipalityCode == municipalityCode || chosen.Contains(d.MunicipalityId))
            .OrderBy(d => d.Municipality).ThenBy(d => d.Name)
            .Select(d => new DepartmentOption(d.Id, d.Name, d.Municipality)).ToListAsync(ct);
    }

    /// <summary>
    /// The municipalities of the programs this user sees, by name; kept under the sum of all stamps (a DISTINCT over
    /// 15 000 programs on every dashboard and registry page, issue 12).
    /// </summary>
    /// <param name="allStamps">The sum of all stamps when the caller has read it for this request.</param>
    public async Task<IReadOnlyList<MunicipalityOption>> MunicipalitiesAsync(UserScope user, CancellationToken ct, long? allStamps = null)
    {
        var key = user.Visibility();
        var stamp = allStamps ?? await cache.Stamps.AllStampsAsync(db, ct);
        return cache.FindList<MunicipalityOption>("municipalities", key, stamp) ?? cache.StoreList("municipalities", key, stamp, await db.Programs.AsNoTracking().Visible(user)
            .Select(p => new { p.Municipality!.Code, p.Municipality.Name }).Distinct()
            .OrderBy(m => m.Name).Select(m => new MunicipalityOption(m.Code, m.Name)).ToListAsync(ct));
    }

    public async Task<List<RegistryRow>> ListAsync(UserScope user, RegistryFilter filter, CancellationToken ct)
    {
        var query = db.Programs.AsNoTracking().Visible(user);
        if (!string.IsNullOrEmpty(filter.Municipality))
            query = query.Where(p => p.Municipality!.Code == filter.Municipality);
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            var text = search.ToLower();
            query = query.Where(p => p.Name.ToLower().Contains(text) || p.RegistryCode.ToLower().Contains(text));
        }
        if (filter.Status is { } status)
            query = query.Where(p => p.Status == status);
        if (filter.Year is { } year)
            query = query.Where(p => p.StartYear <= year && (p.EndYear == null || p.EndYear >= year));
        if (filter.Department is { } department)
            query = query.Where(p => p.ResponsibleExecutorId == department || p.CoExecutors.Any(c => c.DepartmentId == department));
        query = Sorted(query, filter);

        var rows = await query
            .Select(p => new
            {
                p.Id, MunicipalityCode = p.Municipality!.Code, MunicipalityName = p.Municipality.Name, p.Municipality.MoneyUnit,
                p.RegistryCode, p.Name, p.StartYear, p.EndYear, p.Status,
                Executor = p.ResponsibleExecutor!.Name,
                Indicators = p.Indicators.Count, Activities = p.Activities.Count,
                Planned = p.FundingLines.Where(f => f.Period == PeriodKind.Year).Sum(f => f.Planned),
                Report = p.Reports.OrderByDescending(r => r.Year).ThenByDescending(r => r.Period)
                    .Select(r => new { r.Id, r.Year, r.Period, r.Status }).FirstOrDefault(),
                Version = db.ProgramVersions.Where(v => v.ProgramId == p.Id).OrderByDescending(v => v.Number)
                    .Select(v => new { v.Number, v.Act.Kind, v.Act.Issuer, v.Act.Date, ActNumber = v.Act.Number }).FirstOrDefault(),
                Draft = db.ProgramDrafts.Where(d => d.ProgramId == p.Id)
                    .Select(d => new { d.Kind, d.Status }).FirstOrDefault(),
                LateChange = db.AuditEntries.Any(a => a.ProgramId == p.Id && a.Subject == AuditSubjects.Program && a.Field == AuditField.LateRegistryChange),
            })
            .ToListAsync(ct);
        return rows.Select(r => new RegistryRow(
            r.Id, r.MunicipalityCode, r.MunicipalityName, r.MoneyUnit, r.RegistryCode, r.Name,
            new MunicipalProgram { StartYear = r.StartYear, EndYear = r.EndYear }.PeriodCaption(),
            r.Status, r.Executor, r.Indicators, r.Activities, r.Planned,
            r.Report is null ? null : new LatestReport(r.Report.Id, new ReportingPeriod(r.Report.Year, r.Report.Period), r.Report.Status),
            r.Version is null ? null : new CurrentVersion(r.Version.Number,
                new LegalAct { Kind = r.Version.Kind, Issuer = r.Version.Issuer, Date = r.Version.Date, Number = r.Version.ActNumber }),
            r.Draft is null ? null : new OpenDraft(r.Draft.Kind, r.Draft.Status), r.LateChange))
            .ToList();
    }

    private static IQueryable<MunicipalProgram> Sorted(IQueryable<MunicipalProgram> query, RegistryFilter filter)
    {
        var desc = filter.Descending;
        return filter.Sort switch
        {
            RegistrySort.Name => desc ? query.OrderByDescending(p => p.Name).ThenBy(p => p.Id) : query.OrderBy(p => p.Name).ThenBy(p => p.Id),
            RegistrySort.Period => desc
                ? query.OrderByDescending(p => p.StartYear).ThenByDescending(p => p.EndYear).ThenBy(p => p.RegistryCode)
                : query.OrderBy(p => p.StartYear).ThenBy(p => p.EndYear).ThenBy(p => p.RegistryCode),
            RegistrySort.Status => desc
                ? query.OrderByDescending(StatusOrder).ThenBy(p => p.RegistryCode)
                : query.OrderBy(StatusOrder).ThenBy(p => p.RegistryCode),
            RegistrySort.Code => desc
                ? query.OrderByDescending(p => p.RegistryCode).ThenBy(p => p.Municipality!.Name)
                : query.OrderBy(p => p.RegistryCode).ThenBy(p => p.Municipality!.Name),
            _ => query.OrderBy(p => p.Municipality!.Name).ThenBy(p => p.RegistryCode),
        };
    }

    /// <summary>Statuses in the order of the lifecycle (they are stored as names, which sort alphabetically).</summary>
    private static readonly System.Linq.Expressions.Expression<Func<MunicipalProgram, int>> StatusOrder = p =>
        p.Status == ProgramStatus.Draft ? 0 : p.Status == ProgramStatus.Approved ? 1 : p.Status == ProgramStatus.InForce ? 2
        : p.Status == ProgramStatus.Completed ? 3 : 4;

    /// <summary>
    /// Rule 1.4: the goals, objectives, indicators and activities of the municipality's other programs (for the
    /// draft-editing screens to warn about the same wording). Four small queries, whatever the number of programs.
    /// </summary>
    public async Task<List<OtherProgramWording>> OtherWordingsAsync(int municipalityId, int? exceptProgramId, CancellationToken ct)
    {
        var programs = db.Programs.AsNoTracking().Where(p => p.MunicipalityId == municipalityId && p.Id != exceptProgramId);
        var goals = await (from g in db.Goals.AsNoTracking() join p in programs on g.ProgramId equals p.Id
                           orderby p.RegistryCode, g.SortOrder, g.Id
                           select new Wording(p.RegistryCode, p.Name, g.Name)).ToListAsync(ct);
        var objectives = await (from o in db.Objectives.AsNoTracking() join g in db.Goals on o.GoalId equals g.Id
                                join p in programs on g.ProgramId equals p.Id
                                orderby p.RegistryCode, g.SortOrder, o.SortOrder, o.Id
                                select new Wording(p.RegistryCode, p.Name, o.Name)).ToListAsync(ct);
        var indicators = await (from i in db.Indicators.AsNoTracking() join p in programs on i.ProgramId equals p.Id
                                orderby p.RegistryCode, i.SortOrder, i.Id
                                select new Wording(p.RegistryCode, p.Name, i.Name)).ToListAsync(ct);
        var activities = await (from a in db.Activities.AsNoTracking() join p in programs on a.ProgramId equals p.Id
                                orderby p.RegistryCode, a.SortOrder, a.Id
                                select new Wording(p.RegistryCode, p.Name, a.Name)).ToListAsync(ct);
        return goals.Select(w => w.In(PlanArea.Goal))
            .Concat(objectives.Select(w => w.In(PlanArea.Objective)))
            .Concat(indicators.Select(w => w.In(PlanArea.Indicator)))
            .Concat(activities.Select(w => w.In(PlanArea.Activity)))
            .ToList();
    }

    private sealed record Wording(string Code, string ProgramName, string Text)
    {
        public OtherProgramWording In(PlanArea area) => new(Code, ProgramName, area, Text);
    }
}
