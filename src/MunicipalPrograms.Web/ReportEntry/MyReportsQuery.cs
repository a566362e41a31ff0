using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>One line of the executor's home page or of the finance department's review queue.</summary>
public sealed record ReportListItem(MunicipalProgram Program, ReportingPeriod Period, ProgressReport? Report, ReportCompleteness Completeness,
    DateOnly Deadline, bool Overdue, int DaysLeft, Evaluation.ProgramEvaluationResult? Result)
{
    public ReportStatus Status => Report?.Status ?? ReportStatus.Draft;
    public bool Started => Report is not null;
}

/// <summary>The reports of a period for every program the user sees, with status, deadline and completeness.</summary>
public sealed class MyReportsQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<List<ReportListItem>> ListAsync(UserScope user, ReportingPeriod period, bool evaluate, CancellationToken ct)
    {
        var (year, kind) = (period.Year, period.Kind);
        var programs = await db.Programs.Visible(user)
            .Where(p => p.StartYear <= year && (p.EndYear == null || p.EndYear >= year))
            .Where(p => p.Reports.Any(r => r.Year == year && r.Period == kind)
                        || p.Indicators.Any(i => i.Values.Any(v => v.Year == year && v.Period == kind))
                        || p.FundingLines.Any(f => f.Year == year && f.Period == kind))
            .WithPeriodData(period)
            .OrderBy(p => p.Municipality!.Name).ThenBy(p => p.RegistryCode)
            .ToListAsync(ct);
        var today = clock.Today();
        return programs.Select(p =>
        {
            var report = p.Reports.SingleOrDefault();
            var campaign = p.Municipality!.Campaign;
            var deadline = report?.DeadlineUnder(campaign) ?? campaign.DeadlineOf(period);
            var overdue = report?.IsOverdue(today, campaign) ?? today > deadline;
            return new ReportListItem(p, period, report, ReportCompleteness.Of(p, period), deadline, overdue, deadline.DayNumber - today.DayNumber,
                evaluate ? Evaluation.EvaluationService.Evaluate(p, period) : null);
        }).ToList();
    }

    /// <summary>
    /// The periods the picker offers: the year and the interim periods the user's municipality monitors (a user of the
    /// whole server: those any municipality monitors).
    /// </summary>
    public async Task<List<PeriodKind>> PeriodKindsInUseAsync(UserScope user, CancellationToken ct)
    {
        var campaigns = await db.Municipalities.AsNoTracking().Where(m => user.MunicipalityId == null || m.Id == user.MunicipalityId)
            .Select(m => m.Campaign).ToListAsync(ct);
        return Enum.GetValues<PeriodKind>().Where(k => k == PeriodKind.Year || campaigns.Any(c => c.InUse(k))).ToList();
    }

    /// <summary>The period a list asks for, else the campaign under way.</summary>
    public ReportingPeriod PeriodOrCampaign(int? year, PeriodKind? kind) =>
        year is { } y ? new ReportingPeriod(y, kind ?? PeriodKind.Year) : ReportingPeriod.CampaignOn(clock.Today());
}
