using static MunicipalPrograms.Benchmarks.LoadTool;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace MunicipalPrograms.Benchmarks;

/// <summary>
/// Loads the Алексин report page (37 indicators) and its save with N concurrent signed-in users over
/// loopback, and prints median / p95 latency, requests per second, errors and SQL queries per request
/// (the portal's X-Sql-Queries header). Each user saves a different indicator, as colleagues would,
/// so the saves do not conflict.
/// </summary>
public static partial class ReportPageLoad
{
    private const string Password = "Demo-2025";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/Reports/Edit/\\d+\\?year=2024&amp;period=Year)\"")]
    private static partial Regex AleksinLink();

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080";
        var users = int.Parse(args.ElementAtOrDefault(1) ?? "16", CultureInfo.InvariantCulture);
        var seconds = int.Parse(args.ElementAtOrDefault(2) ?? "20", CultureInfo.InvariantCulture);
        var otherPage = args.ElementAtOrDefault(3); // e.g. "/health": the framework's floor for comparison

        var executor = await SignInAsync(baseUrl, "aleksin.uorio");
        var page = WebUtility.HtmlDecode(AleksinLink().Match(await executor.GetStringAsync("/Reports?year=2024")).Groups[1].Value);
        await ReopenAsync(baseUrl, page);

        var clients = await Task.WhenAll(Enumerable.Range(0, users).Select(_ => SignInAsync(baseUrl, "aleksin.uorio")));
        Console.WriteLine($"Report page {page}, {users} users, {seconds} s per phase, loopback {baseUrl}");
        if (otherPage is not null)
        {
            Print(otherPage, await RunPhaseAsync(clients, seconds, (client, _) => GetAsync(client, otherPage)));
            return 0;
        }
        Print("page", await RunPhaseAsync(clients, seconds, (client, _) => GetAsync(client, page)));
        var save = await RunPhaseAsync(clients, seconds, (client, user) => SaveAsync(client, page, user));
        Print("save", save);
        var saved = Saved.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"save: of the answers (warm-up included) {saved.Length} saved (median {saved[saved.Length / 2]:F1} ms, p95 {saved[(int)(saved.Length * 0.95)]:F1} ms) and {_conflicts} were the conflict page (another user saved a row of the posted form since it was read)"));
        return 0;
    }



    /// <summary>Warm-up (untimed: tiered JIT, the connection pool, prepared statements), then the timed phase: see LoadTool.</summary>
    private static async Task<(List<Sample> Samples, double Seconds)> RunPhaseAsync(HttpClient[] clients, int seconds, Func<HttpClient, int, Task<Sample>> request)
    {
        var phase = await LoadTool.RunConcurrentAsync(clients, seconds, request);
        return (phase.Samples, phase.Seconds);
    }

    private static async Task<Sample> GetAsync(HttpClient client, string page)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(page);
        await response.Content.ReadAsByteArrayAsync();
        return new Sample(watch.Elapsed.TotalMilliseconds, response.StatusCode == HttpStatusCode.OK, Queries(response));
    }

    /// <summary>
    /// Reads the page (not timed), then posts the whole report form with one changed indicator value (timed), as the save
    /// button does: every value, version, reason and text of the report (a full save, not a one-field post).
    /// </summary>
    private static async Task<Sample> SaveAsync(HttpClient client, string page, int user)
    {
        var html = await client.GetStringAsync(page);
        var fields = ReportFormFields(html);
        var k = user % 37;
        var name = $"Indicators[{k}].Actual";
        var at = fields.FindIndex(f => f.Key == name);
        fields[at] = new(name, (Interlocked.Increment(ref _sequence) % 1000).ToString(CultureInfo.InvariantCulture) + ",5"); // a new value each time
        var reason = fields.FindIndex(f => f.Key == $"Indicators[{k}].DeviationReason"); // required when the plan is not met
        fields[reason] = new(fields[reason].Key, "Нагрузочный тест");
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(page, new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        // A colleague saved a row of this form since it was read: the portal answers the conflict page (422), as it must.
        var conflict = response.StatusCode == HttpStatusCode.UnprocessableEntity && body.Contains("id=\"conflicts\"", StringComparison.Ordinal);
        if (conflict) Interlocked.Increment(ref _conflicts);
        if (response.StatusCode == HttpStatusCode.Redirect) Saved.Add(elapsed);
        return new Sample(elapsed, response.StatusCode == HttpStatusCode.Redirect || conflict, Queries(response));
    }

    private static int _conflicts;
    private static readonly System.Collections.Concurrent.ConcurrentBag<double> Saved = [];
    private static int _sequence;

    /// <summary>What a browser posts from the report form: inputs (checked boxes only), text areas and selected options.</summary>
    private static List<KeyValuePair<string, string>> ReportFormFields(string html)
    {
        var form = Regex.Match(html, "<form[^>]*id=\"report-form\".*?</form>", RegexOptions.Singleline).Value;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match tag in Regex.Matches(form, "<(input|textarea|select)\\b([^>]*)>(.*?)(?=<(?:/textarea|/select|input|textarea|select)\\b|$)", RegexOptions.Singleline))
        {
            var attributes = tag.Groups[2].Value;
            var name = Attribute(attributes, "name");
            if (name is null || attributes.Contains(" form=\"", StringComparison.Ordinal)) continue;
            var value = tag.Groups[1].Value switch
            {
                "textarea" => WebUtility.HtmlDecode(tag.Groups[3].Value),
                "select" => Attribute(Regex.Match(tag.Groups[3].Value, "<option[^>]*selected[^>]*>").Value, "value") ?? "",
                _ when Attribute(attributes, "type") is "checkbox" && !Regex.IsMatch(attributes, "\\schecked\\b") => null,
                _ => Attribute(attributes, "value") ?? "",
            };
            if (value is not null) fields.Add(new(name, value));
        }
        return fields;
    }

    private static string? Attribute(string attributes, string name) =>
        Regex.Match(attributes, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string Field(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*?value=\"([^\"]*)\"").Groups[1].Value);

    private static int Queries(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Sql-Queries", out var v) ? int.Parse(v.First(), CultureInfo.InvariantCulture) : -1;

    private static async Task<HttpClient> SignInAsync(string baseUrl, string user)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        { BaseAddress = new Uri(baseUrl) };
        var login = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(login).Groups[1].Value),
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"Sign-in of {user} failed");
    }

    /// <summary>The demo report is accepted; Finance reopens it so that it can be saved.</summary>
    internal static async Task ReopenAsync(string baseUrl, string page)
    {
        var finance = await SignInAsync(baseUrl, "finance");
        var html = await finance.GetStringAsync(page);
        if (!html.Contains("id=\"reopen\"", StringComparison.Ordinal)) return;
        var reopen = page.Replace("/Reports/Edit/", "/Review/Reopen/", StringComparison.Ordinal);
        await finance.PostAsync(reopen, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["reason"] = "Нагрузочный тест", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value),
        }));
    }

    private static void Print(string name, (List<Sample> Samples, double Seconds) phase)
    {
        var samples = phase.Samples;
        var ms = samples.Select(s => s.Milliseconds).Order().ToArray();
        double Percentile(double p) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(p * ms.Length) - 1)];
        var queries = samples.Select(s => s.Queries).Distinct().Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: requests={samples.Count} errors={samples.Count(s => !s.Ok)} median={Percentile(0.5):F1} ms p95={Percentile(0.95):F1} ms max={ms[^1]:F1} ms rps={samples.Count / phase.Seconds:F0} sql-queries/request={string.Join(",", queries)}"));
    }
}
