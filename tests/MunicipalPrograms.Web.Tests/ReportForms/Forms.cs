using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>A picture of an XLSX sheet: where, what, its size on the sheet in pixels, its PNG's bytes and its top row.</summary>
internal sealed record XlsxPicture(string Sheet, string Name, string Description, long Width, long Height, long Bytes, int Row);

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
        var (workbook, fileName, _) = await XlsxWithPicturesAsync(client, url);
        return (workbook, fileName);
    }

    /// <summary>
    /// The workbook for ClosedXML — without its pictures: ClosedXML 0.95 opens a picture with System.Drawing, which needs
    /// libgdiplus — and the pictures as the Open XML SDK reads them: sheet, name, alternative text, size in pixels.
    /// </summary>
    public static async Task<(XLWorkbook Workbook, string FileName, List<XlsxPicture> Pictures)> XlsxWithPicturesAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var stream = new MemoryStream();
        await response.Content.CopyToAsync(stream);
        // Kept for people to open: .test-results/xlsx/<file name>.
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, ".test-results", "xlsx")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, Path.GetFileName(response.Content.Headers.ContentDisposition!.FileNameStar!)), stream.ToArray());
        var pictures = new List<XlsxPicture>();
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            // Excel refuses a file with a malformed drawing («We found a problem with some content»): the SDK's schema check.
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
                .Where(e => e.Part?.Uri.ToString().Contains("drawing", StringComparison.Ordinal) == true
                            || e.Node?.LocalName == "drawing")
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Should().BeEmpty();
            var book = document.WorkbookPart!;
            foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
            {
                var part = (WorksheetPart)book.GetPartById(sheet.Id!);
                if (part.DrawingsPart is not { } drawings) continue;
                foreach (var anchor in drawings.WorksheetDrawing!.Elements<Xdr.OneCellAnchor>())
                {
                    var properties = anchor.Descendants<Xdr.NonVisualDrawingProperties>().Single();
                    var image = (ImagePart)drawings.GetPartById(anchor.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single().Embed!);
                    using var png = image.GetStream();
                    pictures.Add(new XlsxPicture(sheet.Name!, properties.Name!, properties.Description!, anchor.Extent!.Cx! / 9525, anchor.Extent.Cy! / 9525,
                        png.Length, int.Parse(anchor.FromMarker!.RowId!.Text, System.Globalization.CultureInfo.InvariantCulture) + 1));
                }
                part.Worksheet.RemoveAllChildren<Drawing>();
                part.DeletePart(drawings);
            }
        }
        stream.Position = 0;
        return (new XLWorkbook(stream), response.Content.Headers.ContentDisposition!.FileNameStar!, pictures);
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
