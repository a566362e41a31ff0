using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ProgramEditing;
using static MunicipalPrograms.Web.Tests.AccessMatrix.AuthorizationMatrix;

namespace MunicipalPrograms.Web.Tests.AccessMatrix;

/// <summary>
/// Every endpoint of the portal × every role against the hand-written <see cref="AuthorizationMatrix"/>, and no page
/// showing a link its reader is refused. An endpoint without a row fails with the line to add.
/// </summary>
public sealed partial class AuthorizationMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_endpoint_has_a_row_and_every_row_an_endpoint()
    {
        var endpoints = PortalEndpoints.Of(portal.Services);
        var rows = Rows.Select(r => r.Endpoint).ToHashSet();
        var missing = endpoints.Where(e => !rows.Contains(e.Key))
            .Select(e => $"{e.Handler} has no row in tests/MunicipalPrograms.Web.Tests/AccessMatrix/AuthorizationMatrix.cs; add one:\n" +
                         $"        R(\"{e.Key}\", \"/concrete/url/with/{{kzh}}\", \"L 200 200 200 404 200 200\"),");
        var stale = rows.Except(endpoints.Select(e => e.Key)).Select(k => $"Row «{k}» names no endpoint of the portal: remove or rename it.");

        missing.Concat(stale).Should().BeEmpty();
    }

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_the_matrix_says()
    {
        var values = await ValuesAsync();
        var clients = new Dictionary<string, RoleClient>();
        foreach (var user in Users) clients[user] = await RoleClient.SignInAsync(portal, user);

        var failures = new List<string>();
        // Reads first, then posts; the posts that end sessions (sign-out, «end other sessions») last, on clients of their own.
        foreach (var row in Rows.OrderBy(r => r.OwnSession).ThenBy(r => !r.IsGet))
        {
            var expected = row.Expect.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            expected.Should().HaveCount(Users.Length, $"row «{row}» needs one cell per user");
            for (var i = 0; i < Users.Length; i++)
            {
                var client = row.OwnSession ? await RoleClient.SignInAsync(portal, Users[i]) : clients[Users[i]];
                using var response = await client.SendAsync(row, values);
                if (!Matches(expected[i], response))
                    failures.Add($"{row} as {Label(Users[i])}: expected {expected[i]}, got {Describe(response)}");
            }
        }

        failures.Should().BeEmpty("every cell is a rule:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task No_page_shows_a_link_its_reader_is_refused()
    {
        var values = await ValuesAsync();
        var failures = new List<string>();
        var (links, buttons) = (0, 0);
        for (var i = 1; i < Users.Length; i++)
        {
            var client = await RoleClient.SignInAsync(portal, Users[i]);
            var pages = Rows.Where(r => r.IsGet && r.Expect.Split(' ', StringSplitOptions.RemoveEmptyEntries)[i] == "200")
                .Select(r => Fill(r.Url, values)).Distinct();
            var checkedLinks = new HashSet<string>();
            foreach (var page in pages)
            {
                using var response = await client.Http.GetAsync(page);
                if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                var html = await response.Content.ReadAsStringAsync();
                buttons += LivePostActions(html).Count();
                // Buttons are not pressed (they change data): a live post form the matrix refuses this user is enough.
                failures.AddRange(LivePostActions(html).Where(action => RefusedPost(action, i, values))
                    .Select(action => $"{page} shows {Users[i]} a button posting to {action}, which the matrix refuses them"));
                foreach (var link in SameSiteLinks(html).Where(checkedLinks.Add))
                {
                    links++;
                    using var answer = await client.Http.GetAsync(link);
                    if (answer.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (int)answer.StatusCode >= 500)
                        failures.Add($"{page} shows {Users[i]} a link to {link}, which answers {(int)answer.StatusCode}");
                }
            }
        }

        links.Should().BeGreaterThan(300, "the pages' links are found"); // a pattern matching nothing would pass silently
        buttons.Should().BeGreaterThan(50, "the pages' post forms are found");
        failures.Should().BeEmpty("a page shows only what its reader may follow:\n" + string.Join("\n", failures));
    }

    /// <summary>Same-site &lt;a href&gt; and GET &lt;form action&gt; of a page; PDFs left out (the same rights as the HTML form).</summary>
    internal static IEnumerable<string> SameSiteLinks(string html) =>
        LinkPattern().Matches(html).Select(m => m.Groups["href"].Value)
            .Concat(FormPattern().Matches(html).Where(m => !PostPattern().IsMatch(m.Value)).Select(m => m.Groups["action"].Value))
            .Select(u => WebUtility.HtmlDecode(u) ?? "")
            .Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal))
            .Select(u => u.Split('#')[0])
            .Where(u => !u.Contains("/pdf", StringComparison.Ordinal))
            .Distinct();

    /// <summary>The paths of the post forms of a page whose buttons are not all disabled.</summary>
    internal static IEnumerable<string> LivePostActions(string html) =>
        PostFormPattern().Matches(html)
            .Where(m => m.Groups["body"].Value is var body && !body.Contains("<fieldset disabled", StringComparison.Ordinal)
                        && ButtonPattern().Matches(body).Any(b => !b.Value.Contains(" disabled", StringComparison.Ordinal)))
            .Select(m => (WebUtility.HtmlDecode(m.Groups["action"].Value) ?? "").Split('?')[0])
            .Where(a => a.StartsWith('/'))
            .Distinct();

    private static bool RefusedPost(string path, int user, IReadOnlyDictionary<string, string> values) =>
        Rows.Where(r => !r.IsGet && Fill(r.Url, values).Split('?')[0] == path)
            .Any(r => r.Expect.Split(' ', StringSplitOptions.RemoveEmptyEntries)[user] is "403" or "404");

    [GeneratedRegex("<form\\b(?=[^>]*method=\"post\")[^>]*\\saction=\"(?<action>[^\"]*)\"[^>]*>(?<body>.*?)</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PostFormPattern();

    [GeneratedRegex("<(button|input)\\b[^>]*type=\"submit\"[^>]*>|<button\\b(?![^>]*type=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonPattern();

    [GeneratedRegex("<a\\b[^>]*\\shref=\"(?<href>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<form\\b[^>]*\\saction=\"(?<action>[^\"]*)\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("method=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex PostPattern();

    private static bool Matches(string expected, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var toLogin = status == 302 && response.Headers.Location?.PathAndQueryOf().StartsWith("/Account/Login", StringComparison.Ordinal) == true;
        return expected switch
        {
            "L" => toLogin,
            "R" => status == 302 && !toLogin,
            "A" => !toLogin && status is not (401 or 403 or 404 or 405) && status < 500,
            _ => status.ToString() == expected,
        };
    }

    private static string Describe(HttpResponseMessage response) =>
        (int)response.StatusCode + (response.Headers.Location is { } l ? " → " + l.PathAndQueryOf() : "");

    private static string Label(string user) => user.Length == 0 ? "anonymous" : user;

    internal static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(text, (t, v) => t.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));

    /// <summary>The demo ids the rows' placeholders stand for; the Кожевниковский program gets an open amendment draft.</summary>
    private async Task<Dictionary<string, string>> ValuesAsync()
    {
        var kzh = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var plan = await DraftPages.PlanAsync(portal, kzh);
        await using var db = portal.CreateDbContext();
        return new()
        {
            ["kzh"] = kzh.ToString(),
            ["alx"] = (await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync()).ToString(),
            ["kps"] = (await db.Programs.Where(p => p.RegistryCode == "KPS-PM-2022").Select(p => p.Id).SingleAsync()).ToString(),
            ["kzhM"] = (await db.Programs.Where(p => p.Id == kzh).Select(p => p.MunicipalityId).SingleAsync()).ToString(),
            ["culture"] = (await DraftPages.DepartmentAsync(portal, "culture")).ToString(),
            ["viewerId"] = await db.Users.Where(u => u.UserName == "viewer").Select(u => u.Id).SingleAsync(),
            ["activity"] = plan.Activities[0].Key.ToString(),
            ["indicator"] = plan.Indicators[0].Key.ToString(),
        };
    }

    /// <summary>One user's client and a page of theirs carrying an antiforgery token for its posts.</summary>
    private sealed record RoleClient(HttpClient Http, string TokenPage)
    {
        public static async Task<RoleClient> SignInAsync(PortalFactory portal, string user)
        {
            var http = user.Length == 0 ? portal.Anonymous() : await portal.SignInAsync(user, followRedirects: false);
            return new RoleClient(http, await http.GetStringAsync(user.Length == 0 ? "/Account/Login" : "/Account/ChangePassword"));
        }

        public Task<HttpResponseMessage> SendAsync(Row row, IReadOnlyDictionary<string, string> values)
        {
            var url = Fill(row.Url, values);
            if (row.IsGet) return Http.GetAsync(url);
            var fields = row.Body.Length == 0 ? [] : Fill(row.Body, values).Split('&').Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
            return Http.PostFormAsync(url, TokenPage, fields);
        }
    }
}
