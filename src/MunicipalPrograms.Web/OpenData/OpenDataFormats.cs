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
    public static byte[] Csv(OpenDataset dataset, IEnumerable<object?[]> rows)
    {
        var text = new StringBuilder();
        Line(text, dataset.Fields.Select(f => f.Name));
        foreach (var row in rows) Line(text, row.Select(Cell));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Quoted))).Append("\r\n");

    private static string Quoted(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public static byte[] Json(OpenDataset dataset, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < dataset.Fields.Count; i++)
                {
                    json.WritePropertyName(dataset.Fields[i].Name);
                    Write(json, row[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return stream.ToArray();
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
