using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;

namespace MunicipalPrograms.Web.StaleForms;

/// <summary>
/// The redirect to the sign-in page when the session is gone. After a form POST it adds sessionEnded=true, so the
/// sign-in page can say that the session ended and that the typed report values are kept in the browser.
/// Script requests (the report's live preview) get 401 instead of a sign-in page, as the default handler does. The
/// address is relative (PublicHost).
/// </summary>
public static class SessionEndedRedirect
{
    public const string QueryFlag = "sessionEnded";

    public static Task OnRedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var login = Infrastructure.PublicHost.Relative(context.RedirectUri); // never an address built from the Host header
        if (context.Request.Headers.XRequestedWith == "XMLHttpRequest")
        {
            context.Response.Headers.Location = login;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        var uri = HttpMethods.IsPost(context.Request.Method) ? QueryHelpers.AddQueryString(login, QueryFlag, "true") : login;
        context.Response.Redirect(uri);
        return Task.CompletedTask;
    }
}
