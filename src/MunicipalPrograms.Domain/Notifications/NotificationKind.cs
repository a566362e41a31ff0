namespace MunicipalPrograms.Domain.Notifications;

/// <summary>What happened, stored as its name; the words are <see cref="NotificationText"/>'s.</summary>
public enum NotificationKind
{
    ReportSubmitted,
    ReportReturned,
    ReportAccepted,
    ReportReopened,
    DeadlineExtended,
    DeadlineReminder,
    ReportOverdue,
    DraftSent,
    DraftReturned,
    DraftAgreed,
    DraftApproved,
    AccountCreated,
    PasswordReset,
}

/// <summary>How a user wants e-mails: each at once, one digest a day, or none (the portal's bell still counts them).</summary>
public enum EmailMode { Immediate, DailyDigest, None }
