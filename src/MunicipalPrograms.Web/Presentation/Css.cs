namespace MunicipalPrograms.Web.Presentation;

/// <summary>Markup-side CSS helpers: the Content-Security-Policy (ADR 0023) forbids style="…", so a value becomes a class.</summary>
public static class Css
{
    /// <summary>Deeper levels are indented as the deepest class; the Procedure's trees have four levels.</summary>
    public const int MaxDepth = 8;

    /// <summary>A tree row's depth as a class, «depth-2»; site.css turns it, with the row's indent-* class, into its indent.</summary>
    public static string Depth(int depth) => "depth-" + Math.Clamp(depth, 0, MaxDepth);
}
