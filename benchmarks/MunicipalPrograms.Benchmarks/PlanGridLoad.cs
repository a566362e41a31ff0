using MunicipalPrograms.Web.Tests.Infrastructure;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace MunicipalPrograms.Benchmarks;

/// <summary>
/// Load of the plan grids of issue 9 on a running portal: the indicators grid of the Алексин program (ALX-MP-04,
/// 37 indicators × 6 years) and the funding grid of the Кожевниковский program (KZH-MP-01). Opens an amendment draft
/// of each as its responsible executor, then measures in one run: the anonymous sign-in page (the machine's yardstick,
/// issue 14), both grid pages under N concurrent users, and the saves. A program has one draft with optimistic
/// concurrency, so concurrent saves would refuse each other: saves are measured by one user at a time in a loop, each
/// re-reading the page (untimed) for the draft's current version and posting the whole grid (timed), once unchanged
/// and once with one changed cell. Also prints the SQL queries of every grid page of both programs (X-Sql-Queries).
/// </summary>
public static partial class PlanGridLoad
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private sealed record Grid(string Name, string Url, string FormId, Regex Cell, HttpClient[] Clients);

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5100";
        var users = int.Parse(args.ElementAtOrDefault(1) ?? "16", CultureInfo.InvariantCulture);
        var seconds = int.Parse(args.ElementAtOrDefault(2) ?? "20", CultureInfo.InvariantCulture);
        var saves = int.Parse(args.ElementAtOrDefault(3) ?? "300", CultureInfo.InvariantCulture);

        var aleksin = await OpenDraftAsync(baseUrl, "aleksin.uorio", "ALX-MP-04");
        var kozh = await OpenDraftAsync(baseUrl, "kozh.admin", "KZH-MP-01");
        var alxClients = await Task.WhenAll(Enumerable.Range(0, users).Select(_ => LoadTool.SignInAsync(baseUrl, "aleksin.uorio")));
        var kzhClients = await Task.WhenAll(Enumerable.Range(0, users).Select(_ => LoadTool.SignInAsync(baseUrl, "kozh.admin")));
        var anonymous = Enumerable.Range(0, users).Select(_ => LoadTool.Anonymous(baseUrl)).ToArray();

        var planCell = PlanCell();
        var moneyCell = MoneyCell();
        var indicators = new Grid("ALX indicators grid", $"/Programs/{aleksin}/Draft/Indicators", "indicator-grid", planCell, alxClients);
        var funding = new Grid("KZH funding grid", $"/Programs/{kozh}/Draft/Funding", "funding-grid", moneyCell, kzhClients);
        var smallIndicators = new Grid("KZH indicators grid (6)", $"/Programs/{kozh}/Draft/Indicators", "indicator-grid", planCell, kzhClients);
        // The report page of issue 4 in the same run, for reference: the executor's Алексин 2024 report.
        var report = WebUtility.HtmlDecode(ReportLink().Match(await alxClients[0].GetStringAsync("/Reports?year=2024")).Groups[1].Value);

        Console.WriteLine($"Plan grids: {users} users, {seconds} s per phase after {LoadTool.WarmupSeconds} s of warm-up, {saves} sequential saves per kind, loopback {baseUrl}");
        Console.WriteLine("SQL queries per grid page (GET):");
        foreach (var (name, client, url) in new[]
                 {
                     ("ALX indicators (37)", alxClients[0], $"/Programs/{aleksin}/Draft/Indicators"),
                     ("KZH indicators (6)", kzhClients[0], $"/Programs/{kozh}/Draft/Indicators"),
                     ("ALX funding", alxClients[0], $"/Programs/{aleksin}/Draft/Funding"),
                     ("KZH funding", kzhClients[0], $"/Programs/{kozh}/Draft/Funding"),
                 })
        {
            using var response = await client.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Console.WriteLine($"  {name,-20} status={(int)response.StatusCode} queries={LoadTool.Queries(response)} html={bytes.Length / 1024.0:F0} KB");
        }

        Console.WriteLine();
        Console.WriteLine(LoadTool.Header);
        var results = new List<(string Name, LoadTool.Phase Phase)>();
        void Report(string name, LoadTool.Phase phase) { results.Add((name, phase)); Console.WriteLine(LoadTool.Row(name, phase)); }

        Report("sign-in page (anonymous)", await LoadTool.RunConcurrentAsync(anonymous, seconds, (c, _) => LoadTool.GetAsync(c, "/Account/Login")));
        Report($"ALX report page GET ×{users} (reference)", await LoadTool.RunConcurrentAsync(alxClients, seconds, (c, _) => LoadTool.GetAsync(c, report)));
        foreach (var grid in new[] { indicators, smallIndicators, funding })
            Report($"{grid.Name} GET ×{users}", await LoadTool.RunConcurrentAsync(grid.Clients, seconds, (c, _) => LoadTool.GetAsync(c, grid.Url)));
        foreach (var grid in new[] { indicators, funding })
        {
            var client = grid.Clients[0];
            Report($"{grid.Name} save unchanged ×1", await LoadTool.RunSequentialAsync(saves, i => SaveAsync(client, grid, null)));
            Report($"{grid.Name} save one cell ×1", await LoadTool.RunSequentialAsync(saves, i => SaveAsync(client, grid, i % 2 == 0 ? "7,5" : "8,5")));
        }
        Report("sign-in page again (drift)", await LoadTool.RunConcurrentAsync(anonymous, seconds, (c, _) => LoadTool.GetAsync(c, "/Account/Login")));

        var signIn = (results[0].Phase.Rps + results[^1].Phase.Rps) / 2;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sign-in page mean of both runs: {signIn:F0} req/s"));
        foreach (var (name, phase) in results.Skip(1).Take(4))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {phase.Rps / signIn * 100:F1} % of the sign-in page's req/s"));
        return 0;
    }

    [GeneratedRegex("href=\"(/Reports/Edit/\\d+\\?year=2024&amp;period=Year)\"")]
    private static partial Regex ReportLink();

    [GeneratedRegex("^Rows\\[[^\\]]+\\]\\.Plan\\[\\d+\\]$")]
    private static partial Regex PlanCell();

    [GeneratedRegex("^Cells\\[[^\\]]+\\]$")]
    private static partial Regex MoneyCell();

    /// <summary>Reads the grid (untimed: the draft's current version), then posts the whole form (timed); a redirect is a save.</summary>
    private static async Task<LoadTool.Sample> SaveAsync(HttpClient client, Grid grid, string? cellValue)
    {
        var form = HtmlForm.Parse(await client.GetStringAsync(grid.Url), grid.FormId);
        if (cellValue is not null) form.Set(form.Names.First(n => grid.Cell.IsMatch(n)), cellValue);
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(grid.Url, form.Content());
        await response.Content.ReadAsByteArrayAsync();
        return new LoadTool.Sample(watch.Elapsed.TotalMilliseconds, response.StatusCode == HttpStatusCode.Redirect, LoadTool.Queries(response));
    }

    /// <summary>Opens an amendment draft of the program as its responsible executor (if none is open) and returns the program's id.</summary>
    private static async Task<int> OpenDraftAsync(string baseUrl, string user, string code)
    {
        var client = await LoadTool.SignInAsync(baseUrl, user);
        var list = await client.GetStringAsync("/Programs");
        var id = int.Parse(Regex.Match(list, Regex.Escape(code) + ".*?/Programs/Details/(\\d+)", RegexOptions.Singleline).Groups[1].Value, CultureInfo.InvariantCulture);
        var details = await client.GetStringAsync($"/Programs/Details/{id}");
        var open = details.IndexOf("id=\"open-form\"", StringComparison.Ordinal);
        if (open >= 0)
        {
            var token = WebUtility.HtmlDecode(Token().Match(details, open).Groups[1].Value);
            using var response = await client.PostAsync($"/Programs/{id}/Draft/Open", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            if ((int)response.StatusCode >= 400) throw new InvalidOperationException($"Opening the draft of {code} failed: {response.StatusCode}");
        }
        using var grid = await client.GetAsync($"/Programs/{id}/Draft/Indicators");
        if (!(await grid.Content.ReadAsStringAsync()).Contains("id=\"indicator-grid\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"No open draft of {code}: the grid is not shown");
        return id;
    }
}

/// <summary>The measuring loop shared by the grid modes: untimed warm-up, then timed requests; percentiles and req/s.</summary>
public static partial class LoadTool
{
    public const int WarmupSeconds = 8;
    private const string Password = "Demo-2025";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public sealed record Sample(double Milliseconds, bool Ok, int Queries);

    public sealed record Phase(List<Sample> Samples, double Seconds)
    {
        public double Rps => Samples.Count / Seconds;
    }

    public static async Task<Phase> RunConcurrentAsync(HttpClient[] clients, int seconds, Func<HttpClient, int, Task<Sample>> request)
    {
        var warmup = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (client, user) =>
        {
            while (warmup.Elapsed.TotalSeconds < WarmupSeconds) await request(client, user);
        }));
        var samples = new List<Sample>();
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (client, user) =>
        {
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var sample = await request(client, user);
                lock (samples) samples.Add(sample);
            }
        }));
        return new Phase(samples, stop.Elapsed.TotalSeconds);
    }

    /// <summary>One request at a time: a tenth of the count (at least 20) untimed as warm-up, then the count timed.
    /// Req/s here is the sequential rate of the timed part alone (sum of latencies), not a throughput under load.</summary>
    public static async Task<Phase> RunSequentialAsync(int count, Func<int, Task<Sample>> request)
    {
        for (var i = 0; i < Math.Max(20, count / 10); i++) await request(i);
        var samples = new List<Sample>();
        for (var i = 0; i < count; i++) samples.Add(await request(i));
        return new Phase(samples, samples.Sum(s => s.Milliseconds) / 1000);
    }

    public static async Task<Sample> GetAsync(HttpClient client, string page)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(page);
        await response.Content.ReadAsByteArrayAsync();
        return new Sample(watch.Elapsed.TotalMilliseconds, response.StatusCode == HttpStatusCode.OK, Queries(response));
    }

    public static int Queries(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Sql-Queries", out var v) ? int.Parse(v.First(), CultureInfo.InvariantCulture) : -1;

    public static HttpClient Anonymous(string baseUrl) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };

    public static async Task<HttpClient> SignInAsync(string baseUrl, string user)
    {
        var client = Anonymous(baseUrl);
        var login = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(login).Groups[1].Value),
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"Sign-in of {user} failed");
    }

    public const string Header = "| Phase | Requests | Errors | p50 | p95 | p99 | Max | Req/s | SQL queries/request |\n|---|---:|---:|---:|---:|---:|---:|---:|---|";

    public static string Row(string name, Phase phase)
    {
        var ms = phase.Samples.Select(s => s.Milliseconds).Order().ToArray();
        double P(double p) => ms[Math.Min(ms.Length - 1, Math.Max(0, (int)Math.Ceiling(p * ms.Length) - 1))];
        var queries = phase.Samples.Select(s => s.Queries).Distinct().Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {ms.Length} | {phase.Samples.Count(s => !s.Ok)} | {P(0.5):F1} ms | {P(0.95):F1} ms | {P(0.99):F1} ms | {ms[^1]:F1} ms | {phase.Rps:F0} | {string.Join(",", queries)} |");
    }
}
