using System.Net;
using System.Text.RegularExpressions;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>A POST form found on a page: the address it posts to (path and query) and its fields.</summary>
public sealed record PageForm(string Action, HtmlForm Form)
{
    public string Path => Action.Split('?')[0];
}

/// <summary>Every POST form of a page, with its fields as a browser would send them (see <see cref="HtmlForm"/>).</summary>
public static partial class PageForms
{
    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("\\bmethod=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex PostPattern();

    public static IEnumerable<PageForm> Of(string html, string pageUrl) =>
        FormPattern().Matches(html)
            .Where(m => PostPattern().IsMatch(m.Groups[1].Value))
            .Select(m => new PageForm(ActionOf(m.Groups[1].Value, pageUrl), HtmlForm.ParseBody(m.Groups[2].Value)));

    /// <summary>A form without an action posts to the page's own address.</summary>
    private static string ActionOf(string attributes, string pageUrl) =>
        ActionPattern().Match(attributes) is { Success: true } a && a.Groups[1].Value.Length > 0
            ? WebUtility.HtmlDecode(a.Groups[1].Value) : pageUrl;
}
