using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// Which Host headers the portal answers and which proxies it believes (finding 6 of issue 17):
/// <list type="bullet">
/// <item><c>AllowedHosts</c> (semicolon-separated; appsettings.json: localhost and 127.0.0.1) plus the host of
/// <c>Portal:PublicBaseUrl</c>: any other Host header gets 400 from ASP.NET Core's host filtering, so no page or
/// redirect is ever built from an attacker's Host;</item>
/// <item><c>ForwardedHeaders:KnownProxies</c> (IP addresses): only requests from those addresses may set the client
/// address and scheme through X-Forwarded-For/-Proto; without the setting the headers are ignored. X-Forwarded-Host
/// is never taken: the host comes from the request and must pass host filtering.</item>
/// </list>
/// </summary>
public static class PublicHost
{
    public const string PublicBaseUrlSetting = "Portal:PublicBaseUrl";

    public static IServiceCollection AddPublicHost(this IServiceCollection services, IConfiguration configuration)
    {
        var publicBaseUrl = configuration[PublicBaseUrlSetting];
        if (!string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            if (!Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri))
                throw new InvalidOperationException($"{PublicBaseUrlSetting} must be an absolute URL such as https://programs.example.ru/.");
            // Registered after the web host's own PostConfigure, which has turned the AllowedHosts setting into the list.
            services.PostConfigure<HostFilteringOptions>(o =>
            {
                if (!o.AllowedHosts.Contains("*") && !o.AllowedHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
                    o.AllowedHosts = [.. o.AllowedHosts, uri.Host]; // the web host's list is an array
            });
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; the portal trusts exactly the configured list, or nobody.
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return services;
    }

    /// <summary>
    /// Cookie authentication builds an absolute redirect from the request's scheme and Host; only the path and query
    /// are kept, so the browser stays on the host it asked for.
    /// </summary>
    public static string Relative(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) ? uri.PathAndQuery : redirectUri;
}
