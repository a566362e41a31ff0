using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MunicipalPrograms.Web.Accounts;

/// <summary>
/// The cookie's check on every request: its session must be open in <c>user_sessions</c>. It replaces Identity's
/// periodic security-stamp check (ADR 0012). When the database cannot answer, the request gets a Russian 503 page
/// and the cookie is kept: the user is signed in again as soon as the database is back.
/// </summary>
public static class SessionValidation
{
    public const string SessionClaim = "mp.sid";
    private const string StoreUnavailable = "mp.session-store-unavailable";

    public static string? SessionKey(this ClaimsPrincipal user) => user.FindFirst(SessionClaim)?.Value;

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var key = context.Principal?.SessionKey();
        if (key is null)
        {
            // A cookie from before server-side sessions, or forged: not a session.
            await Reject(context);
            return;
        }
        try
        {
            var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
            if (!await store.IsOpenAsync(key)) await Reject(context);
        }
        catch (Exception e) when (e is DbException or TimeoutException || e.InnerException is DbException or TimeoutException)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionValidation))
                .LogError(e, "The session store cannot be reached");
            context.RejectPrincipal();
            context.HttpContext.Items[StoreUnavailable] = true;
        }
    }

    private static async Task Reject(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    /// <summary>After authentication: a request whose session could not be checked gets the Russian 503 page.</summary>
    public static IApplicationBuilder UseSessionStoreUnavailablePage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Items.ContainsKey(StoreUnavailable))
        {
            await next();
            return;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "30";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(PlainPage.Html("Сервис временно недоступен",
            "Портал временно не может проверить ваш сеанс. Повторите попытку через минуту; введенные данные не потеряны, если страница не была отправлена."));
    });
}

/// <summary>A page that needs nothing: no layout, no database, no user. For 429 and 503.</summary>
public static class PlainPage
{
    public static string Html(string title, string message) =>
        $"""
        <!DOCTYPE html>
        <html lang="ru"><head><meta charset="utf-8"><title>{title}</title></head>
        <body><h1>{title}</h1><p>{message}</p><p><a href="/">На главную</a></p></body></html>
        """;
}
