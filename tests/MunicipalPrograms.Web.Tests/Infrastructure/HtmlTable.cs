using System.Net;
using System.Text.RegularExpressions;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>Reads the cells of one row of a page's table, as a person sees them (tags removed, spaces collapsed).</summary>
public static partial class HtmlTable
{
    [GeneratedRegex("<tr\\b.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[dh]\\b[^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    /// <summary>The cells of the only row of table #<paramref name="tableId"/> that contains <paramref name="text"/>.</summary>
    public static List<string> RowWith(string html, string tableId, string text)
    {
        var start = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"No table #{tableId} on the page.");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var rows = RowPattern().Matches(table).Where(r => r.Value.Contains(text, StringComparison.Ordinal)).ToList();
        if (rows.Count != 1) throw new InvalidOperationException($"{rows.Count} rows of #{tableId} contain «{text}», expected one.");
        return CellPattern().Matches(rows[0].Value)
            .Select(c => Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, " ")), " ").Trim()).ToList();
    }
}
