using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MunicipalPrograms.Web.Accounts;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in POST, per address and per user name (fixed one-minute windows, limits in
/// <see cref="SignInSettings"/>). Every other request passes untouched. A refusal is 429 with Retry-After and a Russian page.
/// </summary>
public static class SignInRateLimits
{
    private const string LoginPath = "/Account/Login";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(SignInSettings.Section).Get<SignInSettings>() ?? new SignInSettings();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limit(settings.PerIpPerMinute, context => ClientAddress.Of(context)),
                Limit(settings.PerUserNamePerMinute, context => UserNameOf(context)));
            o.OnRejected = async (rejected, cancel) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(PlainPage.Html("Слишком много попыток входа",
                    $"С этого адреса или для этого имени пользователя было слишком много попыток входа. Повторите через {seconds} с."), cancel);
            };
        });
    }

    /// <summary>Reads the sign-in form before the limiter, whose partition callbacks cannot wait for the body.</summary>
    public static IApplicationBuilder UseSignInRateLimits(this IApplicationBuilder app) => app
        .Use(async (context, next) =>
        {
            if (IsSignIn(context) && context.Request.HasFormContentType)
            {
                // A form ASP.NET Core will not read (a NUL, a value over 4 MB) is refused by MVC's binding (400, the
                // Russian page); here it must not throw, or the sign-in page answered 500.
                try { await context.Request.ReadFormAsync(context.RequestAborted); }
                catch (InvalidDataException) { context.Items[UnreadableForm] = true; }
            }
            await next();
        })
        .UseRateLimiter();

    private static PartitionedRateLimiter<HttpContext> Limit(int perMinute, Func<HttpContext, string> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
            ? RateLimitPartition.GetFixedWindowLimiter(key(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static readonly object UnreadableForm = new();

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase);

    private static string UserNameOf(HttpContext context)
    {
        var name = context.Request.HasFormContentType && !context.Items.ContainsKey(UnreadableForm) ? context.Request.Form["UserName"].ToString().Trim().ToLowerInvariant() : "";
        return name.Length > SignInAttempt.UserNameMaxLength ? name[..SignInAttempt.UserNameMaxLength] : name;
    }
}

public static class ClientAddress
{
    /// <summary>The caller's address as the server sees it (behind a proxy: after forwarded headers, issue 17's host part).</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
