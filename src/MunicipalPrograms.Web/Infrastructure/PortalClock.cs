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

/// <summary>
/// The system clock moved so that the process starts at noon of the given local date, and time flows on from there: the
/// date holds for twelve hours whenever the process starts (moved by whole days, a test started before midnight saw the
/// next day's deadlines after it).
/// </summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    private static readonly TimeOnly Noon = new(12, 0);
    private readonly TimeSpan _shift;

    public ShiftedTimeProvider(DateOnly today) =>
        _shift = today.ToDateTime(Noon) - System.GetLocalNow().DateTime;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
