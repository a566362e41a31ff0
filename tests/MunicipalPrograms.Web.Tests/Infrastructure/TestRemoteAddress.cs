using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory server has no client address; a test sets one with the header <see cref="Header"/> (default
/// 127.0.0.1), as a browser on another computer would have. Only in the test hosts: the portal trusts no such header.
/// </summary>
public sealed class TestRemoteAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(Header, out var value)
                ? IPAddress.Parse(value.ToString()) : IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
