using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Benchmarks;

/// <summary>
/// The March rush with faults (issue 13), driven by benchmarks/march-rush-faults.sh, which stops the database and kills
/// Chromium while this runs. Mixed workload for a fixed time: executors read the Алексин report page and save one
/// indicator each (every save a unique value), finance opens the review queue and the evaluation page, exporters
/// download the annual report as XLSX and PDF. The script marks its faults by creating files in the signal folder
/// (db-down, db-up, chromium-killed); this tool notes when each appeared. Afterwards it checks that every save the
/// portal accepted is in the database (the last accepted value of each indicator, or a later attempt whose answer was
/// lost) and that no request got a 500, and prints throughput, percentiles, errors by kind, recovery time and the
/// portal's peak RSS. Exit code 1 on a 500 or a lost save.
/// </summary>
public static partial class FaultLoad
{
    private sealed record Attempt(int ValueId, decimal Value, string Outcome);
    private sealed record Hit(string Kind, string Outcome, double StartMs, double EndMs);

    [GeneratedRegex("href=\"(/Reports/Edit/\\d+\\?year=2024&amp;period=Year)\"")]
    private static partial Regex AleksinLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static readonly Stopwatch Clock = new();
    private static readonly ConcurrentBag<Hit> Hits = [];
    private static readonly ConcurrentDictionary<string, double> Signals = new();

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = args[0];
        var seconds = int.Parse(args[1], CultureInfo.InvariantCulture);
        var signalDir = args[2];
        var portalPid = int.Parse(args[3], CultureInfo.InvariantCulture);
        var database = args[4];
        const int savers = 8, financeUsers = 4, exporters = 2;

        var page = WebUtility.HtmlDecode(AleksinLink().Match(await (await LoadTool.SignInAsync(baseUrl, "aleksin.uorio")).GetStringAsync("/Reports?year=2024")).Groups[1].Value);
        await ReportPageLoad.ReopenAsync(baseUrl, page);
        var programId = await ProgramIdAsync(baseUrl, "ALX-MP-04");
        var executors = await Task.WhenAll(Enumerable.Range(0, savers).Select(_ => LoadTool.SignInAsync(baseUrl, "aleksin.uorio")));
        var finance = await Task.WhenAll(Enumerable.Range(0, financeUsers).Select(_ => LoadTool.SignInAsync(baseUrl, "finance")));
        var exportClients = await Task.WhenAll(Enumerable.Range(0, exporters).Select(_ => LoadTool.SignInAsync(baseUrl, "viewer")));
        Console.WriteLine($"March rush with faults: {savers} executors saving, {financeUsers} finance readers, {exporters} exporters, {seconds} s, {baseUrl}");

        Clock.Start();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var watcher = WatchSignalsAsync(signalDir, stop.Token);
        var attempts = new List<Attempt>[savers];
        var tasks = new List<Task>();
        for (var i = 0; i < savers; i++)
        {
            var (client, k, list) = (executors[i], i, attempts[i] = []);
            tasks.Add(Task.Run(() => SaverAsync(client, page, k, list, stop.Token)));
        }
        for (var i = 0; i < financeUsers; i++)
        {
            var client = finance[i];
            tasks.Add(Task.Run(() => LoopAsync(stop.Token, n => n % 2 == 0 ? ("review queue", client.GetAsync("/Review?year=2024")) : ("evaluation", client.GetAsync("/Evaluation?year=2024")))));
        }
        for (var i = 0; i < exporters; i++)
        {
            var client = exportClients[i];
            var form = $"/forms/programs/{programId}/annual-report";
            tasks.Add(Task.Run(() => LoopAsync(stop.Token, n => n % 3 == 2 ? ("export xlsx", client.GetAsync(form + "/xlsx?year=2024")) : ("export pdf", client.GetAsync(form + "/pdf?year=2024")))));
        }
        await Task.WhenAll(tasks);
        var elapsed = Clock.Elapsed.TotalSeconds;
        await watcher;

        var lost = await LostSavesAsync(database, attempts);
        return Print(elapsed, portalPid, lost, attempts.Sum(a => a.Count(x => x.Outcome == "ok")));
    }

    /// <summary>Reads the report page, then saves indicator k with a value no other save uses.</summary>
    private static async Task SaverAsync(HttpClient client, string page, int k, List<Attempt> attempts, CancellationToken stop)
    {
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var html = await TimedAsync("report page", () => client.GetAsync(page));
            if (html is null) { await PauseAsync(); continue; }
            var valueId = int.Parse(Field(html, $"Indicators[{k}].ValueId"), CultureInfo.InvariantCulture);
            var value = (k + 1) * 100_000 + n + 0.25m;
            // Posted as the list's only row, index 0: the model binder drops a list that does not start at 0.
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value),
                ["Indicators[0].ValueId"] = valueId.ToString(CultureInfo.InvariantCulture),
                ["Indicators[0].Version"] = Field(html, $"Indicators[{k}].Version"),
                ["Indicators[0].NotMeasured"] = "false",
                ["Indicators[0].DeviationReason"] = "Нагрузка с отказами",
                ["Indicators[0].Actual"] = value.ToString("0.00", CultureInfo.GetCultureInfo("ru-RU")),
            };
            var outcome = await RequestAsync("save", () => client.PostAsync(page, new FormUrlEncodedContent(fields)), expect: HttpStatusCode.Redirect);
            attempts.Add(new Attempt(valueId, value, outcome));
            if (outcome != "ok") await PauseAsync();
        }
    }

    private static async Task LoopAsync(CancellationToken stop, Func<int, (string Kind, Task<HttpResponseMessage> Request)> next)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var (kind, request) = next(n);
            if (await RequestAsync(kind, () => request, HttpStatusCode.OK) != "ok") await PauseAsync();
        }
    }

    // A user who got an error waits a moment before trying again, instead of hammering a portal that is down.
    private static Task PauseAsync() => Task.Delay(250);

    private static async Task<string?> TimedAsync(string kind, Func<Task<HttpResponseMessage>> send)
    {
        string? body = null;
        var outcome = await RequestAsync(kind, async () => { var r = await send(); body = await r.Content.ReadAsStringAsync(); return r; }, HttpStatusCode.OK);
        return outcome == "ok" ? body : null;
    }

    /// <summary>One timed request: "ok", the status code ("503", "500", …) or the exception kind (timeout, connection).</summary>
    private static async Task<string> RequestAsync(string kind, Func<Task<HttpResponseMessage>> send, HttpStatusCode expect)
    {
        var start = Clock.Elapsed.TotalMilliseconds;
        string outcome;
        try
        {
            using var response = await send().WaitAsync(TimeSpan.FromSeconds(45)); // a hang counts as one
            await response.Content.ReadAsByteArrayAsync();
            outcome = response.StatusCode == expect ? "ok" : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is TaskCanceledException or TimeoutException) { outcome = "timeout"; }
        catch (HttpRequestException e) { outcome = "connection: " + e.HttpRequestError; }
        Hits.Add(new Hit(kind, outcome, start, Clock.Elapsed.TotalMilliseconds));
        return outcome;
    }

    private static async Task WatchSignalsAsync(string dir, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var name in new[] { "db-down", "db-up", "chromium-killed" })
                if (!Signals.ContainsKey(name) && File.Exists(Path.Combine(dir, name))) Signals[name] = Clock.Elapsed.TotalMilliseconds;
            try { await Task.Delay(50, stop); } catch (TaskCanceledException) { }
        }
    }

    /// <summary>
    /// Saves are sequential per indicator, so the database must hold the last accepted value, or the value of a later
    /// attempt whose answer was lost (a timeout or a 5xx may come after the commit). Anything else is a lost save.
    /// </summary>
    private static async Task<List<string>> LostSavesAsync(string database, List<Attempt>[] attempts)
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(database).Options);
        var lost = new List<string>();
        foreach (var list in attempts.Where(l => l.Count > 0))
        {
            var lastOk = list.FindLastIndex(a => a.Outcome == "ok");
            if (lastOk < 0) continue;
            var allowed = list.Skip(lastOk).Where((a, i) => i == 0 || a.Outcome is not ("ok" or "200")).Select(a => a.Value).ToHashSet();
            var actual = await db.IndicatorValues.Where(v => v.Id == list[lastOk].ValueId).Select(v => v.Actual).SingleAsync();
            if (actual is not { } a || !allowed.Contains(a)) lost.Add($"value {list[lastOk].ValueId}: accepted {list[lastOk].Value}, database has {actual}");
        }
        return lost;
    }

    private static async Task<int> ProgramIdAsync(string baseUrl, string code)
    {
        var list = await (await LoadTool.SignInAsync(baseUrl, "viewer")).GetStringAsync("/Programs");
        return int.Parse(Regex.Match(list, Regex.Escape(code) + ".*?/Programs/Details/(\\d+)", RegexOptions.Singleline).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string Field(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*?value=\"([^\"]*)\"").Groups[1].Value);

    private static int Print(double seconds, int portalPid, List<string> lost, int acceptedSaves)
    {
        var hits = Hits.ToList();
        var ok = hits.Where(h => h.Outcome == "ok").ToList();
        string F(double v) => v.ToString("F0", CultureInfo.InvariantCulture);
        Console.WriteLine($"Requests: {hits.Count}, succeeded {ok.Count}, throughput {F(ok.Count / seconds)} successful req/s over {F(seconds)} s");
        Console.WriteLine("| Kind | OK | p50 ms | p95 ms | p99 ms | Max ms |\n|---|---:|---:|---:|---:|---:|");
        foreach (var group in ok.GroupBy(h => h.Kind).OrderBy(g => g.Key).Append(ok.GroupBy(_ => "all").Single()))
        {
            var ms = group.Select(h => h.EndMs - h.StartMs).Order().ToArray();
            double P(double p) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(p * ms.Length) - 1)];
            Console.WriteLine($"| {group.Key} | {ms.Length} | {F(P(0.5))} | {F(P(0.95))} | {F(P(0.99))} | {F(ms[^1])} |");
        }
        Console.WriteLine("Errors by kind:");
        foreach (var g in hits.Where(h => h.Outcome != "ok").GroupBy(h => (h.Kind, h.Outcome)).OrderBy(g => g.Key.Kind))
            Console.WriteLine($"  {g.Key.Kind} → {g.Key.Outcome}: {g.Count()}");
        foreach (var (name, at) in Signals.OrderBy(s => s.Value)) Console.WriteLine($"Signal {name} at {F(at / 1000.0)} s");
        if (Signals.TryGetValue("db-up", out var up))
        {
            var first = ok.Where(h => h.StartMs >= up).OrderBy(h => h.EndMs).FirstOrDefault();
            var firstSave = ok.Where(h => h.Kind == "save" && h.StartMs >= up).OrderBy(h => h.EndMs).FirstOrDefault();
            Console.WriteLine($"Recovery after the database returned: first success {(first is null ? "none" : F(first.EndMs - up) + " ms")}, first accepted save {(firstSave is null ? "none" : F(firstSave.EndMs - up) + " ms")}");
        }
        var hwm = File.Exists($"/proc/{portalPid}/status") ? File.ReadLines($"/proc/{portalPid}/status").FirstOrDefault(l => l.StartsWith("VmHWM", StringComparison.Ordinal)) : null;
        Console.WriteLine($"Portal peak RSS: {hwm?.Split(':')[1].Trim() ?? "unknown"}");
        var errors500 = hits.Count(h => h.Outcome == "500");
        Console.WriteLine($"Accepted saves: {acceptedSaves}; lost accepted saves: {lost.Count}; HTTP 500: {errors500}");
        foreach (var l in lost) Console.WriteLine("  LOST " + l);
        return lost.Count == 0 && errors500 == 0 ? 0 : 1;
    }
}
