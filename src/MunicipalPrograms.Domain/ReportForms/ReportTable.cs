namespace MunicipalPrograms.Domain.ReportForms;

/// <summary>How a column's values are formatted; the renderers choose the format, builders only the kind.</summary>
public enum ColumnKind { Text, Money, Number, Percent, Index, Date }

/// <summary>A table column. Width is in characters (Excel's unit); HTML uses it as a proportion.</summary>
/// <param name="Summable">Total rows sum this column (written as a formula in Excel).</param>
public sealed record ReportColumn(string Key, ColumnKind Kind, double Width, bool Summable = false);

/// <summary>A cell of a multi-row header, spanning columns and rows as in the paper form.</summary>
public sealed record HeaderCell(string Text, int ColSpan = 1, int RowSpan = 1);

public enum RowKind { Data, Group, Subtotal, Total }

/// <summary>
/// A value of a body cell: a number (money, value, percent, index), a date or text. Text in a numeric
/// column is printed as is («не более 2», «–»). ColSpan merges it over the next columns.
/// </summary>
public sealed record ReportCell(decimal? Number = null, string? Text = null, DateOnly? Date = null, int ColSpan = 1)
{
    public static readonly ReportCell Empty = new();
    public bool IsEmpty => Number is null && Text is null && Date is null;

    public static implicit operator ReportCell(string? text) => new(Text: text);
    public static implicit operator ReportCell(decimal? number) => new(Number: number);
    public static implicit operator ReportCell(decimal number) => new(Number: number);
    public static implicit operator ReportCell(DateOnly? date) => new(Date: date);
}

/// <summary>
/// A body row. Group rows carry one caption across the whole table. Subtotal and total rows list
/// the data rows they add up (indexes into the table's rows), so Excel can write SUM formulas.
/// </summary>
public sealed record ReportRow(RowKind Kind, IReadOnlyList<ReportCell> Cells, int Level = 0, IReadOnlyList<int>? SummedRows = null)
{
    public static ReportRow Group(string caption, int level = 0) => new(RowKind.Group, [caption], level);
}

/// <summary>A table with a multi-row header, an optional row of column numbers, body rows and notes.</summary>
public sealed class ReportTable
{
    public required IReadOnlyList<ReportColumn> Columns { get; init; }
    public required IReadOnlyList<IReadOnlyList<HeaderCell>> Header { get; init; }
    /// <summary>Print «1 2 3 …» under the header, as official forms do.</summary>
    public bool NumberedColumns { get; init; }
    public required IReadOnlyList<ReportRow> Rows { get; init; }
    public IReadOnlyList<string> Footnotes { get; init; } = [];

    /// <summary>The body cell under each column: a cell with ColSpan n covers n columns.</summary>
    public static IEnumerable<(int Column, ReportCell Cell)> Positioned(ReportRow row)
    {
        var column = 0;
        foreach (var cell in row.Cells)
        {
            yield return (column, cell);
            column += Math.Max(1, cell.ColSpan);
        }
    }
}

/// <summary>A header cell placed on the grid: row and column where it starts.</summary>
public sealed record PlacedHeaderCell(int Row, int Column, int RowSpan, int ColSpan, string Text);

public static class HeaderLayout
{
    /// <summary>
    /// Places header cells the way HTML tables do: each row lists only the cells that start in it,
    /// and a cell takes the next column not covered by a row-spanning cell from above.
    /// </summary>
    public static IReadOnlyList<PlacedHeaderCell> Place(ReportTable table)
    {
        var columns = table.Columns.Count;
        var taken = new bool[table.Header.Count, columns];
        var placed = new List<PlacedHeaderCell>();
        for (var r = 0; r < table.Header.Count; r++)
        {
            var c = 0;
            foreach (var cell in table.Header[r])
            {
                while (c < columns && taken[r, c]) c++;
                if (c >= columns) throw new InvalidOperationException($"Header row {r} has more cells than the table has columns.");
                var rowSpan = Math.Min(cell.RowSpan, table.Header.Count - r);
                var colSpan = Math.Min(cell.ColSpan, columns - c);
                for (var rr = r; rr < r + rowSpan; rr++)
                    for (var cc = c; cc < c + colSpan; cc++) taken[rr, cc] = true;
                placed.Add(new PlacedHeaderCell(r, c, rowSpan, colSpan, cell.Text));
                c += colSpan;
            }
        }
        return placed;
    }
}
