using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Notifications;

/// <summary>
/// Reminds the executors of reports not yet submitted: when the deadline (the municipality's campaign, or the report's
/// extended one) comes within each of the set days (Notifications:ReminderDays, 30, 7 and 1 by default), and once when it
/// has passed (within two weeks of it: a portal started long after an old deadline does not nag about it), saying what
/// is still missing. Each reminder is keyed by program, period, deadline and threshold, and the key is unique per user,
/// so a day's run, a rerun or a second portal instance stores it once.
/// </summary>
public sealed class DeadlineReminders(AppDbContext db, ReportPageService pages, Notifier notifier, TimeProvider clock, IConfiguration configuration,
    ILogger<DeadlineReminders> log)
{
    public const string DaysSetting = "Notifications:ReminderDays";
    private const int OverdueWindowDays = 14;
    private static readonly UserScope System = new("portal", Roles.Administrator, null, null);

    public IReadOnlyList<int> Days =>
        (configuration.GetSection(DaysSetting).Get<int[]>() is { Length: > 0 } days ? days : [30, 7, 1]).Where(d => d > 0).OrderBy(d => d).ToList();

    /// <returns>How many notifications were stored.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var stored = 0;
        foreach (var (programId, period, deadline) in await DueAsync(today, ct))
        {
            var days = deadline.DayNumber - today.DayNumber;
            var (kind, key) = days >= 0
                ? Days.FirstOrDefault(d => days <= d) is var threshold and > 0 ? (NotificationKind.DeadlineReminder, $"reminder:{threshold}") : (default, null)
                : days >= -OverdueWindowDays ? (NotificationKind.ReportOverdue, "overdue") : (default, null);
            if (key is null) continue;
            stored += await RemindAsync(programId, period, deadline, kind, key, ct);
        }
        return stored;
    }

    private async Task<int> RemindAsync(int programId, ReportingPeriod period, DateOnly deadline, NotificationKind kind, string key, CancellationToken ct)
    {
        var program = await pages.LoadProgramAsync(programId, period, System, ct);
        if (program is null) return 0;
        var completeness = ReportPageService.CompletenessOf(program, period);
        var missing = completeness.Required - completeness.Filled;
        var note = $"Срок — {RuFormat.Date(deadline)}. " + (missing > 0 ? $"Не заполнено {missing} из {completeness.Required} значений." : "Все значения заполнены: осталось представить отчет.");
        var dedup = $"{key}:{programId}:{period.Year}:{period.Kind}:{deadline:yyyy-MM-dd}";
        try
        {
            var count = await notifier.ReminderAsync(program, period, kind, note, dedup, ct);
            await db.SaveChangesAsync(ct);
            return count;
        }
        catch (DbUpdateException e)
        {
            // Another instance stored the same reminder a moment ago: the unique key kept it to one.
            db.ChangeTracker.Clear();
            log.LogInformation(e, "Reminder {Key} already stored by another run", dedup);
            return 0;
        }
    }

    /// <summary>Reports due and not submitted: every period with plans of a program, in use by its municipality, without a submitted or accepted report.</summary>
    private async Task<List<(int ProgramId, ReportingPeriod Period, DateOnly Deadline)>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(Days.DefaultIfEmpty(0).Max());
        var programs = await db.Programs.AsNoTracking().Include(p => p.Municipality).Include(p => p.Reports).ToListAsync(ct);
        var planned = await db.IndicatorValues.Where(v => v.Planned != null)
            .Select(v => new { db.Indicators.Single(i => i.Id == v.IndicatorId).ProgramId, v.Year, v.Period })
            .Union(db.FundingLines.Where(f => f.Planned > 0).Select(f => new { f.ProgramId, f.Year, f.Period }))
            .Where(x => x.Year >= today.Year - 1 && x.Year <= today.Year).Distinct().ToListAsync(ct);
        // By program once: a scan of the whole list per program was quadratic (15 000 programs: minutes of CPU; issue 12).
        var plannedByProgram = planned.ToLookup(x => x.ProgramId);
        var due = new List<(int, ReportingPeriod, DateOnly)>();
        foreach (var p in programs)
        {
            var campaign = p.Municipality!.Campaign;
            foreach (var x in plannedByProgram[p.Id])
            {
                var period = new ReportingPeriod(x.Year, x.Period);
                if (!campaign.InUse(period.Kind) || period.Year < p.StartYear || p.EndYear < period.Year) continue;
                var report = p.Reports.SingleOrDefault(r => r.ReportingPeriod == period);
                if (report?.Status is ReportStatus.Submitted or ReportStatus.Accepted) continue;
                var deadline = report?.DeadlineUnder(campaign) ?? campaign.DeadlineOf(period);
                if (deadline <= horizon && deadline >= today.AddDays(-OverdueWindowDays)) due.Add((p.Id, period, deadline));
            }
        }
        return due;
    }
}

/// <summary>Runs the reminders every hour (a run that finds nothing new stores nothing); on when Notifications:Reminders:Enabled is true.</summary>
public sealed class DeadlineReminderService(IServiceScopeFactory scopes, ILogger<DeadlineReminderService> log) : BackgroundService
{
    public const string EnabledSetting = "Notifications:Reminders:Enabled";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var stored = await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync(stoppingToken);
                if (stored > 0) log.LogInformation("Deadline reminders stored: {Count}", stored);
            }
#pragma warning disable CA1031 // the database may be down for a while: try again in an hour
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Deadline reminders failed; next try in an hour"); }
#pragma warning restore CA1031
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
