using System.Net;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

public static class HttpClientExtensions
{
    /// <summary>The page with HTML entities decoded (the encoder writes a non-breaking space as &amp;#xA0;).</summary>
    public static async Task<string> GetDecodedAsync(this HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
