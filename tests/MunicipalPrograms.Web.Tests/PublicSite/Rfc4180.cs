using System.Text;

namespace MunicipalPrograms.Web.Tests.PublicSite;

/// <summary>
/// A strict RFC 4180 reader written for the tests (independent of the portal's writer): records end in CRLF, fields are
/// separated by commas, a quoted field may hold commas, CRLF and doubled quotes. Anything else throws.
/// </summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("A quoted field is not closed.");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\r') throw new FormatException($"Text after a closing quote at {i}.");
            }
            else if (text[i] == ',') { record.Add(field.ToString()); field.Clear(); i++; }
            else if (text[i] == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"A CR without LF at {i}.");
                record.Add(field.ToString()); field.Clear();
                records.Add(record); record = [];
                i += 2;
            }
            else if (text[i] is '\n' or '"') throw new FormatException($"A bare {(text[i] == '"' ? "quote" : "LF")} at {i}.");
            else field.Append(text[i++]);
        }
        if (field.Length > 0 || record.Count > 0) throw new FormatException("The last record does not end with CRLF.");
        return records;
    }
}
