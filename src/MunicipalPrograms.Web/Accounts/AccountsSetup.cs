using Microsoft.AspNetCore.Authentication.Cookies;

namespace MunicipalPrograms.Web.Accounts;

public static class AccountsSetup
{
    /// <summary>Server-side sessions, the sign-in check and its rate limits. Call after AddPortalIdentity.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionSettings>(configuration.GetSection(SessionSettings.Section));
        services.Configure<SignInSettings>(configuration.GetSection(SignInSettings.Section));
        services.AddSingleton<SessionCache>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<SessionStore>();
        services.AddScoped<SignInService>();
        services.AddScoped<SignInLogQuery>();
        var sessions = configuration.GetSection(SessionSettings.Section).Get<SessionSettings>() ?? new SessionSettings();
        services.ConfigureApplicationCookie(o =>
        {
            // The cookie lives as long as a session may; idleness is judged by the server (user_sessions.last_seen_at).
            o.ExpireTimeSpan = TimeSpan.FromHours(sessions.AbsoluteHours);
            o.SlidingExpiration = true;
            // Replaces Identity's security-stamp check (SecurityStampValidator): one session check per request instead.
            o.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
        });
        services.AddSignInRateLimits(configuration);
        return services;
    }
}
