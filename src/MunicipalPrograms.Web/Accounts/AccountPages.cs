namespace MunicipalPrograms.Web.Accounts;

public sealed record SessionsPage(IReadOnlyList<UserSession> Sessions, string? CurrentKey)
{
    public bool IsCurrent(UserSession session) => session.Key == CurrentKey;

    /// <summary>A short name of the browser from its user agent, for a person to recognise it.</summary>
    public static string Browser(string? userAgent) => userAgent switch
    {
        null or "" => "неизвестный браузер",
        var ua when ua.Contains("Edg/") => "Microsoft Edge",
        var ua when ua.Contains("YaBrowser/") => "Яндекс Браузер",
        var ua when ua.Contains("Firefox/") => "Firefox",
        var ua when ua.Contains("Chrome/") => "Chrome",
        var ua when ua.Contains("Safari/") => "Safari",
        var ua => ua.Length > 60 ? ua[..60] + "…" : ua,
    };
}

public sealed record SignInLogPage(IReadOnlyList<SignInAttempt> Attempts, bool FailuresOnly);
