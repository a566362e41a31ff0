namespace MunicipalPrograms.Domain.Audit;

/// <summary>
/// One change made by an administrator (a municipality's settings, a department, later users and campaign settings):
/// who, when, which field, old → new as invariant text, and why. Program data is logged in <see cref="AuditEntry"/>.
/// </summary>
public class AdminLogEntry
{
    public long Id { get; set; }
    /// <summary>The municipality the change belongs to (a municipal administrator reads only its own).</summary>
    public int? MunicipalityId { get; set; }
    /// <summary><see cref="AdminSubjects"/>.</summary>
    public string Subject { get; set; } = "";
    public int SubjectId { get; set; }
    public string SubjectName { get; set; } = "";
    /// <summary>A stable field code (the property name) or an action: created, closed, merged.</summary>
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string? Reason { get; set; }
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

public static class AdminSubjects
{
    public const string Municipality = "Municipality";
    public const string Department = "Department";
    /// <summary>A portal account; its SubjectId is 0 and SubjectName the login (accounts have text ids, logins never change).</summary>
    public const string User = "User";
    public const string Methodology = "Methodology";
    public const string Campaign = "Campaign";
    /// <summary>A letter of the outbox; SubjectId is its id, SubjectName its address.</summary>
    public const string OutboxEmail = "OutboxEmail";

    public const string Created = "created";
    public const string Closed = "closed";
    public const string Reopened = "reopened";
    public const string MergedInto = "merged_into";
    public const string Blocked = "blocked";
    public const string Unblocked = "unblocked";
    /// <summary>A one-time password was issued; the password itself is never logged.</summary>
    public const string PasswordReset = "password_reset";
    /// <summary>An administrator put a letter back into the outbox («Отправить снова»).</summary>
    public const string Resent = "resent";
}
