using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Notifications;

/// <summary>
/// Tells the right people of an event: adds their notifications and, for those who want letters at once, the e-mails to
/// the outbox — to the caller's context, so they are stored by the caller's SaveChanges in the event's own transaction
/// (an event is never stored without its notifications, nor notifications without the event).
/// Who hears what: a submitted report → the finance department of its municipality; a returned, accepted, reopened or
/// extended report → the executors (the responsible department and the co-executing ones); a draft sent → finance; a
/// draft returned, agreed or approved → the executors; an account created or a password reset → that user. The one who
/// acted is not told of their own action.
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock, IConfiguration configuration, UnreadCounts counts)
{
    public async Task ReportEventAsync(MunicipalProgram program, ReportingPeriod period, NotificationKind kind, string actorUserName, string? note,
        CancellationToken ct)
    {
        var link = $"/Reports/Edit/{program.Id}?year={period.Year}&period={period.Kind}";
        var recipients = kind == NotificationKind.ReportSubmitted ? Finance(program.MunicipalityId) : Executors(program.Id, program.ResponsibleExecutorId);
        await NotifyAsync(await recipients.Where(u => u.UserName != actorUserName).ToListAsync(ct), actorUserName, n => Describe(n, kind, program, period, note, link), ct);
    }

    public async Task DraftEventAsync(MunicipalProgram program, NotificationKind kind, string actorUserName, string? note, CancellationToken ct)
    {
        var link = kind == NotificationKind.DraftApproved ? $"/Programs/Details/{program.Id}" : $"/Programs/{program.Id}/Draft";
        var recipients = kind == NotificationKind.DraftSent ? Finance(program.MunicipalityId) : Executors(program.Id, program.ResponsibleExecutorId);
        await NotifyAsync(await recipients.Where(u => u.UserName != actorUserName).ToListAsync(ct), actorUserName, n => Describe(n, kind, program, null, note, link), ct);
    }

    public async Task AccountEventAsync(AppUser user, NotificationKind kind, CancellationToken ct) =>
        await NotifyAsync([user], null, n => { n.Kind = kind; n.Link = "/Account/Login"; }, ct);

    /// <summary>A reminder stored at most once per user and key, whoever finds it first (see the unique index on DedupKey).</summary>
    public async Task<int> ReminderAsync(MunicipalProgram program, ReportingPeriod period, NotificationKind kind, string note, string dedupKey, CancellationToken ct)
    {
        var link = $"/Reports/Edit/{program.Id}?year={period.Year}&period={period.Kind}";
        var users = await Executors(program.Id, program.ResponsibleExecutorId)
            .Where(u => !db.Notifications.Any(n => n.UserId == u.Id && n.DedupKey == dedupKey)).ToListAsync(ct);
        await NotifyAsync(users, null, n => { Describe(n, kind, program, period, note, link); n.DedupKey = dedupKey; }, ct);
        return users.Count;
    }

    private async Task NotifyAsync(List<AppUser> users, string? actorUserName, Action<Notification> describe, CancellationToken ct)
    {
        if (users.Count == 0) return;
        var actor = actorUserName is null ? null
            : await db.Users.Where(u => u.UserName == actorUserName).Select(u => u.FullName).SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var baseUrl = configuration[PublicHost.PublicBaseUrlSetting];
        foreach (var user in users.OrderBy(u => u.UserName, StringComparer.Ordinal)) // one order, so the ids read the same every time
        {
            var n = new Notification { UserId = user.Id, CreatedAt = now, Actor = string.IsNullOrWhiteSpace(actor) ? actorUserName : actor };
            describe(n);
            db.Notifications.Add(n);
            counts.Forget(user.Id);
            if (user.EmailMode == EmailMode.Immediate && !string.IsNullOrWhiteSpace(user.Email))
            {
                db.OutboxEmails.Add(NotificationEmail.For(n, user.Email, baseUrl, now));
                n.EmailedAt = now;
            }
        }
    }

    private static void Describe(Notification n, NotificationKind kind, MunicipalProgram program, ReportingPeriod? period, string? note, string link)
    {
        n.Kind = kind;
        n.ProgramId = program.Id;
        n.ProgramCode = program.RegistryCode;
        n.ProgramName = TextLength.Cut(program.Name, Notification.NameMaxLength);
        n.Year = period?.Year;
        n.Period = period?.Kind;
        n.Note = string.IsNullOrWhiteSpace(note) ? null : TextLength.Cut(note.Trim(), Notification.NoteMaxLength);
        n.Link = link;
    }

    /// <summary>Active finance users of the municipality, and those of every municipality (a server-wide finance department).</summary>
    private IQueryable<AppUser> Finance(int municipalityId)
    {
        var finance = InRole(Roles.Finance);
        return Active().Where(u => (u.MunicipalityId == municipalityId || u.MunicipalityId == null) && finance.Contains(u.Id));
    }

    /// <summary>Active executors of the responsible department and of the co-executing ones (each fills its own rows).</summary>
    private IQueryable<AppUser> Executors(int programId, int responsibleDepartmentId)
    {
        var departments = db.Activities.Where(a => a.ProgramId == programId).SelectMany(a => a.Executors).Select(e => e.DepartmentId);
        var executors = InRole(Roles.Executor);
        return Active().Where(u => u.DepartmentId != null && executors.Contains(u.Id)
                                   && (u.DepartmentId == responsibleDepartmentId || departments.Contains(u.DepartmentId.Value)));
    }

    private IQueryable<AppUser> Active()
    {
        var now = clock.GetUtcNow();
        return db.Users.Where(u => u.LockoutEnd == null || u.LockoutEnd <= now);
    }

    /// <summary>The ids of the users in a role, as a subquery.</summary>
    private IQueryable<string> InRole(string role) =>
        db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)).Select(ur => ur.UserId);
}
