using System.Text;
using MunicipalPrograms.Domain.ReportForms;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>File names that say program, form and year: «ALX-MP-04 Годовой отчет 2024.xlsx».</summary>
public static class FormFileName
{
    public static string For(ReportDocument document, string extension)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(document.ProgramCode)) parts.Add(document.ProgramCode);
        if (!string.IsNullOrWhiteSpace(document.ProgramName)) parts.Add(Shorten(document.ProgramName, 60));
        parts.Add(document.FormName);
        if (document.Year is { } year) parts.Add(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Clean(string.Join(" ", parts)) + "." + extension;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";

    private static string Clean(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '«', '»', ':', '*', '?', '<', '>', '|', '\\', '/']).ToHashSet();
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name) sb.Append(invalid.Contains(ch) ? ' ' : ch);
        return string.Join(" ", sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
