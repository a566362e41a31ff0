namespace MunicipalPrograms.Web.Accounts;

/// <summary>
/// A user signed in with a one-time password (issued by an administrator) may only change it or sign out: every other
/// request goes to the change-password page. The flag travels in the cookie's claims, so no request looks it up; a
/// password change signs the browser in again with fresh claims.
/// </summary>
public static class PasswordChangeGate
{
    public const string Claim = "mp.must_change_password";
    private static readonly string[] Allowed = ["/Account/ChangePassword", "/Account/Logout", "/Error"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == Claim)
            && !Allowed.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/Account/ChangePassword");
            return;
        }
        await next();
    });
}
