using System.Globalization;

namespace MunicipalPrograms.Web.Email;

public enum SmtpSecurity { None, StartTls, SslOnConnect }

/// <summary>
/// The <c>Email</c> settings. <see cref="Enabled"/> is false by default: a bare start and the tests send nothing unless
/// told to. The SMTP password comes from the environment (<c>Email__Smtp__Password</c>) or a secret file
/// (<see cref="SmtpOptions.PasswordFile"/>), never from a tracked file, and is never logged.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public bool Enabled { get; set; }
    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>How often the background service looks into the outbox; 0 turns the background service off (tests call it directly).</summary>
    public int PollSeconds { get; set; } = 5;
    /// <summary>After this many failed attempts a letter stays Failed until an administrator sends it again.</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>The waits after the 1st, 2nd, … failure, e.g. «1m 5m 15m 1h 3h 6h» (s, m, h); the last one repeats.</summary>
    public string RetryDelays { get; set; } = "1m 5m 15m 1h 3h 6h";
    /// <summary>The local hour at which the daily digests are made.</summary>
    public int DigestHour { get; set; } = 8;
    /// <summary>Letters claimed by one sender per round.</summary>
    public int BatchSize { get; set; } = 20;

    public IReadOnlyList<TimeSpan> Delays() => RetryDelays
        .Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(ParseDelay).DefaultIfEmpty(TimeSpan.FromMinutes(5)).ToList();

    /// <summary>The wait after the given number of failed attempts (1 = after the first).</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var delays = Delays();
        return delays[Math.Clamp(attempts - 1, 0, delays.Count - 1)];
    }

    private static TimeSpan ParseDelay(string text)
    {
        var unit = text[^1];
        var number = double.Parse(char.IsDigit(unit) ? text : text[..^1], CultureInfo.InvariantCulture);
        return unit switch
        {
            's' => TimeSpan.FromSeconds(number),
            'h' => TimeSpan.FromHours(number),
            _ => TimeSpan.FromMinutes(number),
        };
    }
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>A file whose first line is the password (a mounted secret); used when <see cref="Password"/> is empty.</summary>
    public string? PasswordFile { get; set; }
    public string From { get; set; } = "portal@localhost";
    public string FromName { get; set; } = "Портал муниципальных программ";
    public int TimeoutSeconds { get; set; } = 60;

    public string? ResolvePassword() =>
        !string.IsNullOrEmpty(Password) ? Password
        : !string.IsNullOrWhiteSpace(PasswordFile) && File.Exists(PasswordFile) ? File.ReadLines(PasswordFile).FirstOrDefault()?.TrimEnd('\r', '\n')
        : null;
}

/// <summary>The notifications' own setting: how long they are kept.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public int KeepDays { get; set; } = 90;
}
