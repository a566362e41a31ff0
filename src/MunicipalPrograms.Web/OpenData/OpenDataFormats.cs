using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MunicipalPrograms.Web.OpenData;

/// <summary>
/// The two file formats of a dataset. CSV: RFC 4180 (comma, CRLF, a header row, fields quoted when they hold a comma,
/// a quote or a line break, quotes doubled), UTF-8 with a BOM so that Excel opens the Russian text. JSON: an array of
/// objects named by the fields. Both write the same invariant cells: numbers with a dot and no trailing zeros,
/// dates ISO 8601, enum values as their code names.
/// </summary>
public static class OpenDataFormats
{
    /// <summary>Rows written between flushes: the response goes out as it is written, a few hundred kilobytes at a time.</summary>
    private const int FlushEvery = 2_000;

    public static async Task CsvAsync(Stream output, OpenDataset dataset, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await Line(text, dataset.Fields.Select(f => f.Name));
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await Line(text, row.Select(Cell));
            if (++written % FlushEvery == 0) await text.FlushAsync(ct);
        }
    }

    private static Task Line(StreamWriter text, IEnumerable<string> cells) =>
        text.WriteAsync(string.Join(',', cells.Select(Quoted)) + "\r\n");

    private static string Quoted(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public static async Task JsonAsync(Stream output, OpenDataset dataset, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < dataset.Fields.Count; i++)
            {
                json.WritePropertyName(dataset.Fields[i].Name);
                Write(json, row[i]);
            }
            json.WriteEndObject();
            if (++written % FlushEvery == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case int i: json.WriteNumberValue(i); break;
            case decimal d: json.WriteRawValue(Cell(d)); break;
            default: json.WriteStringValue(Cell(value)); break;
        }
    }

    /// <summary>The invariant text of a cell (empty for no value).</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
