using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Notifications;

/// <summary>
/// One thing one user should know, kept for the bell and the notifications page. It stores facts, not sentences: the
/// kind, the program (its code and name as they were), the period, who acted and the free text they gave (a return
/// reason, what is still missing); <see cref="NotificationText"/> makes the words.
/// </summary>
public class Notification
{
    public const int NoteMaxLength = 4000;
    public const int NameMaxLength = 1000;
    public const int LinkMaxLength = 500;
    public const int DedupKeyMaxLength = 200;

    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public NotificationKind Kind { get; set; }
    public int? ProgramId { get; set; }
    public string? ProgramCode { get; set; }
    public string? ProgramName { get; set; }
    public int? Year { get; set; }
    public PeriodKind? Period { get; set; }
    /// <summary>Who acted, as the portal names people («Петрова Анна Викторовна»); null for the portal itself (reminders).</summary>
    public string? Actor { get; set; }
    /// <summary>The user's own words (a return reason) or the facts of a reminder («не заполнено 12 из 37 значений»).</summary>
    public string? Note { get; set; }
    /// <summary>Where the notification leads: a path inside the portal («/Reports/Edit/4?year=2025&amp;period=Year»).</summary>
    public string Link { get; set; } = "/";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    /// <summary>When it went out by e-mail (at once or in a digest); null while it has not.</summary>
    public DateTimeOffset? EmailedAt { get; set; }
    /// <summary>For events that must reach a user once however often they are found (a reminder): unique per user.</summary>
    public string? DedupKey { get; set; }

    public ReportingPeriod? ReportingPeriod => Year is { } y && Period is { } p ? new ReportingPeriod(y, p) : null;
}
