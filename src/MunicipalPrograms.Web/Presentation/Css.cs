using System.Globalization;

namespace MunicipalPrograms.Web.Presentation;

/// <summary>CSS values written invariantly: under ru-RU a double prints «0,5», which CSS ignores.</summary>
public static class Css
{
    /// <summary>A tree row's indent, e.g. «padding-left:1.75rem» for depth 1 of 0.5 + 1.25 per level.</summary>
    public static string Indent(double baseRem, int depth, double stepRem) =>
        "padding-left:" + (baseRem + depth * stepRem).ToString("0.###", CultureInfo.InvariantCulture) + "rem";
}
