using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace MunicipalPrograms.Benchmarks;

/// <summary>
/// Issue 11: the actuals template of the Алексин 2024 report (37 indicators, reopened by Finance) downloaded, every fact
/// changed as Excel would save it, uploaded (checked and previewed) and applied, one user at a time, N rounds. Prints
/// median / p95 / max of each step; the target is check + apply under 1 s.
/// </summary>
public static partial class ExcelUploadLoad
{
    [GeneratedRegex("href=\"(/Reports/Edit/\\d+\\?year=2024&amp;period=Year)\"")]
    private static partial Regex AleksinLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"content\" value=\"([^\"]*)\"")]
    private static partial Regex Content();

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5092";
        var rounds = int.Parse(args.ElementAtOrDefault(1) ?? "20", CultureInfo.InvariantCulture);
        var client = await LoadTool.SignInAsync(baseUrl, "aleksin.uorio");
        var report = WebUtility.HtmlDecode(AleksinLink().Match(await client.GetStringAsync("/Reports?year=2024")).Groups[1].Value);
        await ReportPageLoad.ReopenAsync(baseUrl, report);
        var query = report["/Reports/Edit/".Length..];
        var (download, check, apply) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var template = await client.GetByteArrayAsync("/ReportImport/Template/" + query);
            download.Add(watch.Elapsed.TotalMilliseconds);
            var file = ChangeEveryFact(template, round);

            var page = await client.GetStringAsync("/ReportImport/Index/" + query);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
                { new ByteArrayContent(file), "file", "aleksin.xlsx" },
            };
            watch.Restart();
            using var checkedResponse = await client.PostAsync("/ReportImport/Index/" + query, form);
            var preview = await checkedResponse.Content.ReadAsStringAsync();
            check.Add(watch.Elapsed.TotalMilliseconds);
            if (checkedResponse.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Round {round}: the check answered {checkedResponse.StatusCode}");

            watch.Restart();
            using var applied = await client.PostAsync("/ReportImport/Apply/" + query, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(preview).Groups[1].Value),
                ["content"] = WebUtility.HtmlDecode(Content().Match(preview).Groups[1].Value), ["fileName"] = "aleksin.xlsx",
            }));
            apply.Add(watch.Elapsed.TotalMilliseconds);
            if (applied.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"Round {round}: the apply answered {applied.StatusCode}: "
                    + Regex.Match(await applied.Content.ReadAsStringAsync(), "id=\"import-errors\".{0,600}", RegexOptions.Singleline).Value);
        }
        Console.WriteLine($"Excel round trip of {report}: {rounds} rounds, 37 facts changed each time, one user, loopback {baseUrl}");
        Print("template download", download);
        Print("upload: check and preview", check);
        Print("apply", apply);
        Print("check + apply", check.Zip(apply, (a, b) => a + b).ToList());
        return 0;
    }

    /// <summary>Every fact of the template set to a new number, as Excel saves numbers.</summary>
    private static byte[] ChangeEveryFact(byte[] template, int round)
    {
        using var book = new XLWorkbook(new MemoryStream(template));
        var ws = book.Worksheet("Показатели");
        foreach (var cell in ws.Column(1).CellsUsed().Where(c => c.GetString().StartsWith("ind:", StringComparison.Ordinal)))
            ws.Cell(cell.Address.RowNumber, 6).Value = round * 10 + cell.Address.RowNumber * 0.5;
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    private static void Print(string name, List<double> ms)
    {
        var sorted = ms.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median={Percentile(0.5):F1} ms p95={Percentile(0.95):F1} ms max={sorted[^1]:F1} ms"));
    }
}
