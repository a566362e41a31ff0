using System.IO.Compression;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Spreadsheets;

/// <summary>
/// Issue 11: malformed uploads — wrong types, broken and hostile ZIPs, books that are not the template, templates with
/// sheets, columns, rows, keys or stamps changed, and cells no rule accepts. Every one answers a Russian page (never
/// HTTP 500) and leaves the database as it was.
/// </summary>
public sealed class MalformedUploadTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Year = 2023;
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Case name → the file made from a fresh template of the Кожевниковский 2023 report.</summary>
    private static readonly Dictionary<string, Func<byte[], byte[]>> Cases = new()
    {
        ["empty file"] = _ => [],
        ["plain text"] = _ => Encoding.UTF8.GetBytes("Показатель;Факт\n1.1;12,5\n"),
        ["CSV saved as .xlsx"] = _ => Encoding.UTF8.GetBytes("\uFEFFkey,actual\nind:1,5\n"),
        ["PDF"] = _ => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"),
        ["PNG"] = _ => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
        ["old XLS"] = _ => [.. Ole, .. new byte[4096]],
        ["password-protected"] = _ => [.. Ole, .. new byte[512], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[512]],
        ["over 10 MB"] = _ => [.. Encoding.ASCII.GetBytes("PK\u0003\u0004"), .. new byte[11 * 1024 * 1024]],
        ["truncated ZIP"] = t => t[..(t.Length / 2)],
        ["ZIP with damaged bytes"] = t => { var b = (byte[])t.Clone(); for (var i = 600; i < 1600 && i < b.Length; i++) b[i] ^= 0x5A; return b; },
        ["ZIP without a workbook"] = _ => Zip(("word/document.xml", Encoding.UTF8.GetBytes("<w:document/>"))),
        ["zip bomb"] = _ => Zip(("xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook/>")), ("xl/worksheets/sheet1.xml", new byte[90 * 1024 * 1024])),
        ["100 001 cells"] = _ => Zip(("xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook/>")),
            ("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes("<worksheet><sheetData><row>" + string.Concat(Enumerable.Repeat("<c t=\"n\"><v>1</v></c>", 100_001)) + "</row></sheetData></worksheet>"))),
        ["another book"] = _ => NewBook(b => b.AddWorksheet("Лист1").Cell(1, 1).Value = "Факт"),
        ["stamp sheet deleted"] = t => ImportClient.Edit(t, b => b.Worksheet("Служебный").Delete()),
        ["stamp marker changed"] = t => ImportClient.Edit(t, b => b.Worksheet("Служебный").Cell(1, 1).Value = "something else"),
        ["stamp of another program"] = t => ImportClient.Edit(t, b => b.Worksheet("Служебный").Cell(3, 2).SetValue("999999").SetDataType(XLDataType.Text)),
        ["stamp of another year"] = t => ImportClient.Edit(t, b => b.Worksheet("Служебный").Cell(5, 2).SetValue("2022").SetDataType(XLDataType.Text)),
        ["stamp of a plan template"] = t => ImportClient.Edit(t, b => b.Worksheet("Служебный").Cell(2, 2).Value = "program-plan"),
        ["sheet renamed"] = t => ImportClient.Edit(t, b => b.Worksheet("Показатели").Name = "Индикаторы"),
        ["sheet deleted"] = t => ImportClient.Edit(t, b => b.Worksheet("Мероприятия").Delete()),
        ["column inserted"] = t => ImportClient.Edit(t, b => b.Worksheet("Показатели").Column(3).InsertColumnsBefore(1)),
        ["header cells merged and moved"] = t => ImportClient.Edit(t, b => b.Worksheet("Финансирование").Range(5, 2, 5, 4).Merge()),
        ["row deleted"] = t => ImportClient.Edit(t, b => { var ws = b.Worksheet("Показатели"); ws.Row(ImportClient.FirstRowWithKey(ws, "ind:")).Delete(); }),
        ["row copied"] = t => ImportClient.Edit(t, b =>
        {
            var ws = b.Worksheet("Финансирование");
            var row = ImportClient.FirstRowWithKey(ws, "fund:");
            ws.Cell(ws.LastRowUsed()!.RowNumber() + 2, 1).Value = ws.Cell(row, 1).GetString();
        }),
        ["unknown row key"] = t => Cell(t, "Показатели", "ind:", 1, c => c.Value = "ind:999999"),
        ["formula instead of a fact"] = t => Cell(t, "Показатели", "ind:", 6, c => c.FormulaA1 = "1+1"),
        ["formula instead of a date"] = t => Cell(t, "Мероприятия", "act:", 6, c => c.FormulaA1 = "DATE(2023,5,1)"),
        ["1 MB string in a fact"] = t => Swell(Cell(t, "Показатели", "ind:", 6, c => c.Value = "BIG-STRING"), "BIG-STRING", new string('9', 1_000_000)),
        ["1 MB string in a reason"] = t => Swell(Cell(t, "Показатели", "ind:", 8, c => c.Value = "BIG-STRING"), "BIG-STRING", new string('я', 1_000_000)),
        ["input cells merged"] = t => ImportClient.Edit(t, b => { var ws = b.Worksheet("Показатели"); var r = ImportClient.FirstRowWithKey(ws, "ind:"); ws.Range(r, 6, r, 7).Merge(); }),
        ["percent sign"] = t => Cell(t, "Показатели", "ind:", 6, c => c.Value = "12,5%"),
        ["a date where a number goes"] = t => Cell(t, "Показатели", "ind:", 6, c => c.Value = new DateTime(2023, 5, 1)),
        ["huge number"] = t => Cell(t, "Финансирование", "fund:", 6, c => c.Value = 1e30),
        ["negative money"] = t => Cell(t, "Финансирование", "fund:", 6, c => c.Value = -5),
        ["too many decimals"] = t => Cell(t, "Финансирование", "fund:", 6, c => c.Value = "1,1234567"),
        ["words in money"] = t => Cell(t, "Финансирование", "fund:", 6, c => c.Value = "два миллиона"),
        ["not-measured off the list"] = t => Cell(t, "Показатели", "ind:", 7, c => c.Value = "может быть"),
        ["completion off the list"] = t => Cell(t, "Мероприятия", "act:", 5, c => c.Value = "почти"),
        ["impossible date"] = t => Cell(t, "Мероприятия", "act:", 6, c => c.Value = "31.02.2023"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_malformed_upload_gets_a_Russian_page_and_changes_nothing(string name)
    {
        Cases.Should().HaveCountGreaterThanOrEqualTo(30);
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var file = Cases[name](await ImportClient.TemplateAsync(client, id, Year));
        var before = await ImportClient.SnapshotAsync(portal, id);

        var (response, html) = await ImportClient.UploadAsync(client, id, Year, file);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, name);
        html.Should().Contain("Ничего не загружено").And.NotContain("Exception");
        (await ImportClient.SnapshotAsync(portal, id)).Should().Be(before, name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("UEsDBAo=")]
    public async Task An_apply_with_a_broken_file_gets_a_Russian_page_and_changes_nothing(string content)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var page = await client.GetStringAsync("/ReportImport/Index/" + ImportClient.Query(id, Year));
        var before = await ImportClient.SnapshotAsync(portal, id);

        var response = await client.PostFormAsync("/ReportImport/Apply/" + ImportClient.Query(id, Year), page, new() { ["content"] = content, ["fileName"] = "x.xlsx" });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Ничего не загружено");
        (await ImportClient.SnapshotAsync(portal, id)).Should().Be(before);
    }

    /// <summary>A template with one input cell of the first keyed row of a sheet changed.</summary>
    private static byte[] Cell(byte[] template, string sheet, string prefix, int column, Action<IXLCell> change) =>
        ImportClient.Edit(template, b => { var ws = b.Worksheet(sheet); change(ws.Cell(ImportClient.FirstRowWithKey(ws, prefix), column)); });

    /// <summary>Excel (and ClosedXML) stop at 32 767 characters a cell; a hostile file does not: the text is put in the XML itself.</summary>
    private static byte[] Swell(byte[] book, string placeholder, string text)
    {
        using var input = new ZipArchive(new MemoryStream(book), ZipArchiveMode.Read);
        return Zip(input.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            return e.FullName.EndsWith(".xml", StringComparison.Ordinal)
                ? (e.FullName, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(placeholder, text, StringComparison.Ordinal)))
                : (e.FullName, bytes);
        }).ToArray());
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        return output.ToArray();
    }

    private static byte[] NewBook(Action<XLWorkbook> fill)
    {
        using var book = new XLWorkbook();
        fill(book);
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }
}
