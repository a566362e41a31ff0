using System.Globalization;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// The one clock of the portal. Every "today" (the current campaign, deadlines, audit times) is read from the
/// registered <see cref="TimeProvider"/>, never from DateTime.Now. The setting <c>Clock:Today</c> (yyyy-MM-dd)
/// moves the whole process to that date: tests and demonstrations run a campaign at any date, and time still
/// flows from there (audit entries keep their order, lockouts still expire).
/// </summary>
public static class PortalClock
{
    public const string TodaySetting = "Clock:Today";

    public static TimeProvider From(IConfiguration configuration)
    {
        var text = configuration[TodaySetting];
        if (string.IsNullOrWhiteSpace(text)) return TimeProvider.System;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            throw new InvalidOperationException($"{TodaySetting} must be a date as yyyy-MM-dd, not '{text}'.");
        return new ShiftedTimeProvider(today);
    }

    /// <summary>Today's date in the server's local time zone.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}

/// <summary>The system clock moved by whole days so that the process starts on the given local date.</summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    private readonly TimeSpan _shift;

    public ShiftedTimeProvider(DateOnly today) =>
        _shift = today.ToDateTime(TimeOnly.MinValue) - System.GetLocalNow().Date;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
