using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// The antiforgery cookie and the notice cookie of TempData: HttpOnly, SameSite and Secure whenever the request is HTTPS (behind the
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
        // TempData: in the database, the cookie holds a random key only (DatabaseTempDataProvider sets it the same way).
        services.RemoveAll<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, DatabaseTempDataProvider>();
        return services;
    }
}
