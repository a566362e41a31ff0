namespace MunicipalPrograms.Domain.Municipalities;

/// <summary>
/// The time zones of Russia a municipality can be in (IANA ids, as stored), with their captions and offsets. The
/// offsets are fixed (no daylight saving since 2014; Томск, Новосибирск, Барнаул moved to +7 in 2016): a machine
/// without the time zone database still shows the right local time.
/// </summary>
public static class TimeZones
{
    public sealed record Zone(string Id, string Caption, int UtcOffsetHours);

    public static readonly IReadOnlyList<Zone> Russian =
    [
        new("Europe/Kaliningrad", "Калининград (МСК−1, UTC+2)", 2),
        new("Europe/Moscow", "Москва (МСК, UTC+3)", 3),
        new("Europe/Samara", "Самара (МСК+1, UTC+4)", 4),
        new("Asia/Yekaterinburg", "Екатеринбург (МСК+2, UTC+5)", 5),
        new("Asia/Omsk", "Омск (МСК+3, UTC+6)", 6),
        new("Asia/Novosibirsk", "Новосибирск (МСК+4, UTC+7)", 7),
        new("Asia/Tomsk", "Томск (МСК+4, UTC+7)", 7),
        new("Asia/Krasnoyarsk", "Красноярск (МСК+4, UTC+7)", 7),
        new("Asia/Irkutsk", "Иркутск (МСК+5, UTC+8)", 8),
        new("Asia/Yakutsk", "Якутск (МСК+6, UTC+9)", 9),
        new("Asia/Vladivostok", "Владивосток (МСК+7, UTC+10)", 10),
        new("Asia/Magadan", "Магадан (МСК+8, UTC+11)", 11),
        new("Asia/Kamchatka", "Камчатка (МСК+9, UTC+12)", 12),
    ];

    public static bool IsKnown(string? id) => Russian.Any(z => z.Id == id);

    /// <summary>The local time of a moment in the zone (an unknown id: Moscow time).</summary>
    public static DateTime Local(DateTimeOffset at, string? zoneId)
    {
        var offset = (Russian.FirstOrDefault(z => z.Id == zoneId) ?? Russian[1]).UtcOffsetHours;
        return at.ToOffset(TimeSpan.FromHours(offset)).DateTime;
    }
}
