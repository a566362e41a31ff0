using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Identity;

public static class IdentitySetup
{
    /// <summary>
    /// ASP.NET Core Identity with accounts in PostgreSQL. Every endpoint requires a signed-in user
    /// unless it says [AllowAnonymous]; a forbidden action answers 403 rather than a redirect.
    /// </summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                // Failed sign-ins lock a user name for one address only (Accounts/SignInService, ADR 0012); Identity's
                // lockout end is left to an administrator blocking an account.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<RussianIdentityErrors>()
            .AddClaimsPrincipalFactory<ScopeClaimsFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "mp.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure over HTTPS; plain http on loopback works
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            // Lifetime, idle timeout and the per-request session check: Accounts/AccountsSetup.
            // Relative redirects: the default ones are absolute and built from the request's Host header.
            o.Events.OnRedirectToLogin = StaleForms.SessionEndedRedirect.OnRedirectToLogin;
            o.Events.OnRedirectToLogout = context => RedirectRelative(context.Response, context.RedirectUri);
            o.Events.OnRedirectToReturnUrl = context => RedirectRelative(context.Response, context.RedirectUri);
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    private static Task RedirectRelative(HttpResponse response, string redirectUri)
    {
        response.Redirect(PublicHost.Relative(redirectUri));
        return Task.CompletedTask;
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}
