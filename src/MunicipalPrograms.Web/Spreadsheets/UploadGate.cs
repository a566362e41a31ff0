using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace MunicipalPrograms.Web.Spreadsheets;

/// <summary>An uploaded workbook opened, or the reason in Russian why it was not.</summary>
public sealed record GateResult(XLWorkbook? Workbook, string? Refusal);

/// <summary>
/// The door every uploaded spreadsheet goes through before ClosedXML parses it: a size limit, the XLSX signature
/// (an old XLS or a password-protected book is an OLE file and is named as such), a sound ZIP whose parts unpack to
/// a bounded size (a zip bomb is read only up to the limit) and a bounded number of cells. Whatever fails is refused
/// with a plain sentence and nothing is stored.
/// </summary>
public static partial class UploadGate
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxCells = 100_000;
    private const long MaxUnpackedBytes = 80 * 1024 * 1024;
    private const int MaxParts = 2_000;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public const string NotXlsx = "Это не книга Excel в формате XLSX. Загрузите шаблон, скачанный с портала и заполненный в Excel (файл .xlsx).";
    public const string TooLarge = "Файл больше 10 МБ. Шаблон портала намного меньше: загрузите его, а не другую книгу.";
    public const string Damaged = "Файл поврежден или не является книгой Excel (XLSX): откройте его в Excel, сохраните заново и загрузите еще раз.";

    // A cell element of a sheet part, with or without a namespace prefix: <c r="A1"…>, <x:c …/>.
    [GeneratedRegex(@"<(?:\w+:)?c[\s/>]")]
    private static partial Regex CellElement();

    public static GateResult Open(byte[] bytes)
    {
        if (bytes.Length == 0) return Refuse("Файл пустой. Выберите заполненный шаблон.");
        if (bytes.Length > MaxBytes) return Refuse(TooLarge);
        if (bytes.AsSpan().StartsWith(OleSignature))
            return Refuse(IsEncrypted(bytes)
                ? "Книга защищена паролем на открытие. Снимите пароль (Файл → Сведения → Защита книги) и загрузите ее снова."
                : "Это книга в старом формате XLS. Сохраните ее в формате «Книга Excel (*.xlsx)» и загрузите снова.");
        if (!bytes.AsSpan().StartsWith(ZipSignature)) return Refuse(NotXlsx);
        var parts = CheckParts(bytes);
        if (parts is not null) return Refuse(parts);
        try
        {
            return new GateResult(new XLWorkbook(WithoutPictures(bytes)), null);
        }
#pragma warning disable CA1031 // whatever the parser throws on a broken book, the user gets one plain sentence
        catch (Exception)
#pragma warning restore CA1031
        {
            return Refuse(Damaged);
        }
    }

    private static GateResult Refuse(string message) => new(null, message);

    /// <summary>
    /// The book without its pictures (a logo or a screenshot pasted into the template carries no values): ClosedXML 0.95
    /// measures a picture with System.Drawing, which needs libgdiplus — not on these servers — and would call the book damaged.
    /// </summary>
    private static MemoryStream WithoutPictures(byte[] bytes)
    {
        var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
            foreach (var sheet in document.WorkbookPart?.WorksheetParts ?? [])
                if (sheet.DrawingsPart is { } drawings)
                {
                    sheet.Worksheet.RemoveAllChildren<DocumentFormat.OpenXml.Spreadsheet.Drawing>();
                    sheet.DeletePart(drawings);
                }
        stream.Position = 0;
        return stream;
    }

    /// <summary>An encrypted OOXML book is an OLE container with an "EncryptionInfo" stream (its name in UTF-16).</summary>
    private static bool IsEncrypted(byte[] bytes) =>
        bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0;

    /// <summary>Reads every part to its end, counting what it unpacks to and the cells of the sheets; null when all is well.</summary>
    private static string? CheckParts(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts) return Damaged;
            if (zip.GetEntry("xl/workbook.xml") is null) return NotXlsx;
            long unpacked = 0, cells = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                var isSheet = entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && entry.FullName.EndsWith(".xml", StringComparison.Ordinal);
                using var stream = entry.Open();
                var tail = "";
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    unpacked += read;
                    if (unpacked > MaxUnpackedBytes)
                        return "Файл распаковывается в слишком большой объем данных. Загрузите шаблон портала.";
                    if (!isSheet) continue;
                    // Count cell elements; the last few characters carry over so that a tag split between reads counts once.
                    var text = tail + Encoding.UTF8.GetString(buffer, 0, read);
                    var keep = Math.Min(8, text.Length);
                    cells += CellElement().Matches(text).Count(m => m.Index < text.Length - keep);
                    tail = text[^keep..];
                    if (cells > MaxCells) return TooManyCells;
                }
                cells += CellElement().Count(tail);
                if (cells > MaxCells) return TooManyCells;
            }
            return null;
        }
        catch (InvalidDataException) { return Damaged; }
        catch (NotSupportedException) { return Damaged; }
        catch (IOException) { return Damaged; }
    }

    private static readonly string TooManyCells = $"В книге больше {Domain.Common.RuFormat.Number(MaxCells)} заполненных ячеек. Загрузите шаблон портала.";
}
