using Microsoft.AspNetCore.Mvc;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// The antiforgery and TempData cookies: HttpOnly, SameSite and Secure whenever the request is HTTPS (behind the
/// reverse proxy, X-Forwarded-Proto from a known proxy makes it so). The sign-in cookie is set in Identity/IdentitySetup.
/// </summary>
public static class PortalCookies
{
    public static IServiceCollection AddPortalCookies(this IServiceCollection services)
    {
        services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // the framework's default here is None
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax; // the message survives the redirect after a post
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }
}
