namespace MunicipalPrograms.Web.Accounts;

/// <summary>The settings section <c>Sessions</c>.</summary>
public sealed class SessionSettings
{
    public const string Section = "Sessions";

    /// <summary>A session nobody used for this long is over (sliding).</summary>
    public int IdleMinutes { get; set; } = 30;

    /// <summary>No session lives longer than this, used or not.</summary>
    public int AbsoluteHours { get; set; } = 10;

    /// <summary>
    /// How long one instance trusts its last "still open" answer without asking the database. It bounds how late
    /// another instance notices a sign-out, and spares the database a query per request (ADR 0012).
    /// </summary>
    public int CacheSeconds { get; set; } = 5;
}

/// <summary>The settings section <c>SignIn</c>: lockout per user name and address, and the rate limits.</summary>
public sealed class SignInSettings
{
    public const string Section = "SignIn";

    public int MaxFailures { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
    public int PerIpPerMinute { get; set; } = 30;
    public int PerUserNamePerMinute { get; set; } = 10;
}
