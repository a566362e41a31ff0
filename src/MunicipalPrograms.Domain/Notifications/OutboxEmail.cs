namespace MunicipalPrograms.Domain.Notifications;

public enum OutboxState { Waiting, Sent, Failed }

/// <summary>
/// An e-mail to send, written in the same transaction as the event it tells of, so that an event is never without its
/// letter and a failed send loses nothing. A sender claims the row (<see cref="ClaimedBy"/> until <see cref="ClaimedUntil"/>)
/// before it talks to the SMTP server, so two portal instances never send it twice; a failure is retried with back-off,
/// and after the last attempt the row stays <see cref="OutboxState.Failed"/> with the server's answer for the administrator.
/// </summary>
public class OutboxEmail
{
    public const int AddressMaxLength = 320;
    public const int SubjectMaxLength = 500;
    public const int ErrorMaxLength = 2000;

    public long Id { get; set; }
    public string ToAddress { get; set; } = "";
    public string? ToUserId { get; set; }
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public OutboxState State { get; set; } = OutboxState.Waiting;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }
}
