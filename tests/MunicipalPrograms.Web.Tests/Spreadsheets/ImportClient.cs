using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Spreadsheets;

/// <summary>The report's Excel round trip as a user's browser does it: download, upload with the page's token, apply the preview.</summary>
public static partial class ImportClient
{
    public static string Query(int id, int year, string period = "Year") => $"{id}?year={year}&period={period}";

    public static async Task<byte[]> TemplateAsync(HttpClient client, int id, int year)
    {
        var response = await client.GetAsync("/ReportImport/Template/" + Query(id, year));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Changes a template with ClosedXML (as Excel would) and returns the saved bytes.</summary>
    public static byte[] Edit(byte[] template, Action<XLWorkbook> change)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        change(workbook);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>The row of a sheet holding the key (column A), e.g. the first indicator's.</summary>
    public static int RowOf(IXLWorksheet ws, string key) =>
        ws.Column(1).CellsUsed().Single(c => c.GetString() == key).Address.RowNumber;

    public static int FirstRowWithKey(IXLWorksheet ws, string prefix) =>
        ws.Column(1).CellsUsed().First(c => c.GetString().StartsWith(prefix, StringComparison.Ordinal)).Address.RowNumber;

    public static async Task<(HttpResponseMessage Response, string Html)> UploadAsync(HttpClient client, int id, int year, byte[] file, string name = "отчет.xlsx")
    {
        var page = await client.GetStringAsync("/ReportImport/Index/" + Query(id, year));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClients.TokenOf(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", name },
        };
        var response = await client.PostAsync("/ReportImport/Index/" + Query(id, year), content);
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("name=\"content\" value=\"([^\"]*)\"")]
    private static partial Regex ContentField();

    public static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, int id, int year, string previewHtml, string name = "отчет.xlsx") =>
        await client.PostFormAsync("/ReportImport/Apply/" + Query(id, year), previewHtml,
            new() { ["content"] = ContentField().Match(previewHtml).Groups[1].Value, ["fileName"] = name });

    /// <summary>Everything an upload could change in a program's report data, as one comparable text.</summary>
    public static async Task<string> SnapshotAsync(PortalFactory portal, int programId)
    {
        await using var db = portal.CreateDbContext();
        var values = await db.IndicatorValues.Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == programId))
            .OrderBy(v => v.Id).Select(v => v.Id + ":" + v.Actual + ":" + v.NotMeasured + ":" + v.DeviationReason).ToListAsync();
        var funding = await db.FundingLines.Where(f => f.ProgramId == programId).OrderBy(f => f.Id).Select(f => f.Id + ":" + f.Actual).ToListAsync();
        var executions = await db.ActivityExecutions.Where(x => db.Activities.Any(a => a.Id == x.ActivityId && a.ProgramId == programId))
            .OrderBy(x => x.Id).Select(x => x.Id + ":" + x.Completed + ":" + x.ActualCompletion + ":" + x.Done).ToListAsync();
        var audit = await db.AuditEntries.CountAsync(e => e.ProgramId == programId);
        var reports = await db.Reports.CountAsync(r => r.ProgramId == programId);
        return string.Join("|", values) + "#" + string.Join("|", funding) + "#" + string.Join("|", executions) + "#" + audit + "#" + reports;
    }
}
