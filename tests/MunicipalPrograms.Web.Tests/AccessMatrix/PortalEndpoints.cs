using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MunicipalPrograms.Web.Tests.AccessMatrix;

/// <summary>
/// Every endpoint the running portal serves, named as the matrix names it: "METHOD template", e.g.
/// «GET Programs/{id:int}/Draft/Indicators» (attribute route) or «POST Reports/Submit/{id?}» (the conventional route
/// with its controller and action filled in). An action that takes any method is «ANY …».
/// </summary>
public static class PortalEndpoints
{
    public sealed record Endpoint(string Key, string Handler);

    public static IReadOnlyList<Endpoint> Of(IServiceProvider services)
    {
        var actions = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .SelectMany(a => Methods(a).Select(m => new Endpoint($"{m} {Template(a)}", $"{a.ControllerTypeInfo.Name}.{a.MethodInfo.Name}")));
        var others = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is null
                        && e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true) // MVC's conventional route itself
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => new Endpoint($"{m} {e.RoutePattern.RawText?.TrimStart('/')}", e.DisplayName ?? "")));
        return actions.Concat(others).DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Methods(ControllerActionDescriptor action) =>
        action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() is { Count: > 0 } methods
            ? methods : ["ANY"];

    private static string Template(ControllerActionDescriptor action) =>
        action.AttributeRouteInfo?.Template
        ?? $"{action.RouteValues["controller"]}/{action.RouteValues["action"]}/{{id?}}";
}
