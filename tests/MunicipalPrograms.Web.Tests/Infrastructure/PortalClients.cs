using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>HTTP clients signed in through the real login form, as a browser would be.</summary>
public static partial class PortalClients
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static HttpClient Anonymous(this WebApplicationFactory<Program> portal, bool followRedirects = false) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    public static async Task<HttpClient> SignInAsync(this WebApplicationFactory<Program> portal, string userName, bool followRedirects = true)
    {
        var client = portal.Anonymous(followRedirects);
        var response = await client.PostFormAsync("/Account/Login", await client.GetStringAsync("/Account/Login"),
            new() { ["UserName"] = userName, ["Password"] = DemoAccounts.Password });
        var signedIn = followRedirects
            ? response.IsSuccessStatusCode && response.RequestMessage?.RequestUri?.AbsolutePath != "/Account/Login"
            : response.StatusCode == HttpStatusCode.Redirect;
        return signedIn ? client : throw new InvalidOperationException($"Sign-in of {userName} failed: {response.StatusCode}");
    }

    public static string TokenOf(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("The page has no antiforgery token."));

    /// <summary>Posts a form with the antiforgery token taken from the page it is on.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, string pageHtml, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = TokenOf(pageHtml);
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
