using System.Net;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

public static class HttpClientExtensions
{
    /// <summary>The page with HTML entities decoded (the encoder writes a non-breaking space as &amp;#xA0;).</summary>
    public static async Task<string> GetDecodedAsync(this HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));

    /// <summary>Path and query of a Location header, whether the server wrote it absolute or relative.</summary>
    public static string PathAndQueryOf(this Uri location) =>
        (location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location)).PathAndQuery;
}
