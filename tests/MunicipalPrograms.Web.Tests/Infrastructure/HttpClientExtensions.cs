using System.Net;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

public static class HttpClientExtensions
{
    /// <summary>The page with HTML entities decoded (the encoder writes a non-breaking space as &amp;#xA0;).</summary>
    public static async Task<string> GetDecodedAsync(this HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));

    /// <summary>The SQL queries a page took (the portal's X-Sql-Queries header; the test hosts turn the counter on).</summary>
    public static async Task<int> SqlQueriesAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return int.Parse(response.Headers.GetValues(MunicipalPrograms.Web.Infrastructure.SqlQueryCountHeader.Name).Single(),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Path and query of a Location header, whether the server wrote it absolute or relative.</summary>
    public static string PathAndQueryOf(this Uri location) =>
        (location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location)).PathAndQuery;
}
