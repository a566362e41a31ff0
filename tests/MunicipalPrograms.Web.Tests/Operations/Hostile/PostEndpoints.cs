using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MunicipalPrograms.Web.Tests.Operations.Hostile;

/// <summary>One POST action of the portal: its name (Controller.Action) and the pattern of the addresses it answers.</summary>
public sealed record PostEndpoint(string Name, Regex Path, IReadOnlyList<string> Parameters)
{
    public bool Takes(string parameter) => Parameters.Contains(parameter, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Every POST action, read from the running portal's action list: a new POST is in it without anyone adding it here.</summary>
public static class PostEndpoints
{
    public static IReadOnlyList<PostEndpoint> Of(IServiceProvider services) =>
        services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(a => a.ActionConstraints?.OfType<HttpMethodActionConstraint>().Any(c => c.HttpMethods.Contains("POST")) == true)
            .Select(a => new PostEndpoint($"{a.ControllerName}.{a.ActionName}",
                PatternOf(a.AttributeRouteInfo?.Template ?? $"{a.ControllerName}/{a.ActionName}/{{id?}}"),
                a.Parameters.Select(p => p.Name).ToList()))
            .GroupBy(e => e.Name).Select(g => g.First())
            .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

    /// <summary>"Programs/{id:int}/Draft/Passport" → ^/Programs/[^/]+/Draft/Passport$ (case-insensitive, as routing).</summary>
    private static Regex PatternOf(string template)
    {
        var segments = template.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s =>
            !s.StartsWith('{') ? "/" + Regex.Escape(s) : s.EndsWith("?}", StringComparison.Ordinal) ? "(/[^/]+)?" : "/[^/]+");
        return new Regex("^" + string.Concat(segments) + "$", RegexOptions.IgnoreCase);
    }
}
