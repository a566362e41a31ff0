namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// The browser-side protections every response carries — pages, error pages, 404s, static files, /health
/// (ADR 0023, docs/security.md). Set when the response starts, so the exception handler's and the status-code pages'
/// re-executed responses (which clear the headers) get them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere: scripts and styles come from wwwroot only; data: only for the
    /// images Bootstrap's CSS embeds (select arrows, check marks).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>Nothing the portal opens needs these; a script injected anyway cannot ask for them.</summary>
    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // The portal's addresses (program ids, searches) are nobody else's business; inside it the full
                // Referer stays (the stale-form page leads back by it).
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers.XFrameOptions = "DENY"; // frame-ancestors for browsers that predate it
                return Task.CompletedTask;
            });
            return next(context);
        });
}
