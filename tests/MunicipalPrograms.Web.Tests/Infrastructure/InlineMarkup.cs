namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// What the Content-Security-Policy (ADR 0023) would refuse in a page's HTML: a &lt;script&gt; without src, any
/// &lt;style&gt;, any style="…" attribute, any on…= event handler attribute, any javascript: address. A small tag
/// scanner (quoted attribute values may hold «&gt;»), no HTML library.
/// </summary>
public static class InlineMarkup
{
    public static IReadOnlyList<string> Find(string html)
    {
        var found = new List<string>();
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (!char.IsAsciiLetter(html[i + 1])) continue;
            var (name, attributes, end) = ReadTag(html, i + 1);
            var tag = html[i..Math.Min(end + 1, html.Length)];
            if (name == "style") found.Add("<style> element: " + Short(tag));
            if (name == "script" && !attributes.ContainsKey("src")) found.Add("<script> without src: " + Short(tag));
            foreach (var (attribute, value) in attributes)
            {
                if (attribute == "style") found.Add("style attribute: " + Short(tag));
                else if (attribute.Length > 2 && attribute.StartsWith("on", StringComparison.Ordinal)) found.Add($"{attribute} handler: " + Short(tag));
                else if (value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) found.Add("javascript: address: " + Short(tag));
            }
            i = end;
        }
        return found;
    }

    private static (string Name, Dictionary<string, string> Attributes, int End) ReadTag(string html, int start)
    {
        var i = start;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        var name = html[start..i].ToLowerInvariant();
        var attributes = new Dictionary<string, string>();
        while (i < html.Length && html[i] != '>')
        {
            if (char.IsWhiteSpace(html[i]) || html[i] == '/') { i++; continue; }
            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var attribute = html[nameStart..i].ToLowerInvariant();
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    close = close < 0 ? html.Length : close;
                    value = html[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[valueStart..i];
                }
            }
            attributes.TryAdd(attribute, value);
        }
        return (name, attributes, i);
    }

    private static string Short(string tag) => tag.Length <= 160 ? tag : tag[..160] + "…";
}
