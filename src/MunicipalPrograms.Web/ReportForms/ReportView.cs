using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.ReportForms;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// What the one report view renders: the document, and for the screen the export links
/// (the PDF printer renders the same view without them).
/// </summary>
public sealed record ReportView(ReportDocument Document, bool ForPrint, string? XlsxUrl = null, string? PdfUrl = null, string? BackUrl = null)
{
    /// <summary>A body cell as text, formatted by its column's kind the Russian way.</summary>
    public static string Format(ReportCell cell, ColumnKind kind)
    {
        if (cell.Text is not null) return cell.Text;
        if (cell.Date is { } d) return RuFormat.Date(d);
        if (cell.Number is not { } n) return kind == ColumnKind.Text ? "" : RuFormat.Missing;
        return kind switch
        {
            ColumnKind.Money => RuFormat.Money(n),
            ColumnKind.Index => RuFormat.Index(n),
            ColumnKind.Percent => RuFormat.Number(Math.Round(n, 2)), // the column says «%»; two decimals at most
            _ => RuFormat.Number(n),
        };
    }

    public static bool IsNumeric(ColumnKind kind) => kind is ColumnKind.Money or ColumnKind.Number or ColumnKind.Percent or ColumnKind.Index;

    /// <summary>Column widths as percentages of the table, from the widths in characters.</summary>
    public static IEnumerable<string> WidthPercents(ReportTable table)
    {
        var total = table.Columns.Sum(c => c.Width);
        return table.Columns.Select(c => (c.Width / total * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%");
    }
}
