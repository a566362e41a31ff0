using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>Helpers of the report form tests: find demo programs, download and reopen exports.</summary>
internal static class Forms
{
    public const string Aleksin = "ALX-MP-04";
    public const string Kedrovy = "04";
    public const string Kopeysk = "KPS-PM-2022";

    public static async Task<int> ProgramIdAsync(this PortalFactory portal, string registryCode)
    {
        await using var db = portal.CreateDbContext();
        return await db.Programs.Where(p => p.RegistryCode == registryCode).Select(p => p.Id).SingleAsync();
    }

    public static async Task<(XLWorkbook Workbook, string FileName)> XlsxAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (new XLWorkbook(new MemoryStream(bytes)), response.Content.Headers.ContentDisposition!.FileNameStar!);
    }

    public static async Task<(string Text, int Pages, string FileName)> PdfAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        response.IsSuccessStatusCode.Should().BeTrue("PDF should be printed, got: " + System.Text.Encoding.UTF8.GetString(body.Take(2000).ToArray()));
        // Kept for people to look at (pdftoppm -png): .test-results/pdf/<file name>.
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, ".test-results", "pdf")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, Path.GetFileName(response.Content.Headers.ContentDisposition!.FileNameStar!)), body);
        using var pdf = PdfDocument.Open(body);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        return (text, pdf.NumberOfPages, response.Content.Headers.ContentDisposition!.FileNameStar!);
    }

    /// <summary>The first cell whose text is exactly (or starts with) the given text.</summary>
    public static IXLCell Find(this IXLWorksheet ws, string text) =>
        ws.CellsUsed().FirstOrDefault(c => Plain(c.GetString()).StartsWith(text, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No cell starting with «{text}» on sheet {ws.Name}.");

    /// <summary>Fails unless some cell of the sheet reads (or starts with) the text.</summary>
    public static void AssertHasCell(this IXLWorksheet ws, string text) =>
        ws.CellsUsed().Select(c => Plain(c.GetString())).Should().Contain(t => t.StartsWith(text, StringComparison.Ordinal), $"sheet {ws.Name} has a cell «{text}»");

    public static decimal Number(this IXLCell cell) => (decimal)cell.GetDouble();

    /// <summary>Text of a PDF has spaces where the page had non-breaking or thin spaces.</summary>
    public static string Plain(string s) => s.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
