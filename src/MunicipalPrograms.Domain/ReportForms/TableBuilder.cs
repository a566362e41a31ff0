namespace MunicipalPrograms.Domain.ReportForms;

/// <summary>
/// Collects the rows of a table and computes subtotals and totals from them, so no form ever
/// prints a typed total that disagrees with its rows.
/// </summary>
public sealed class TableBuilder(IReadOnlyList<ReportColumn> columns, IReadOnlyList<IReadOnlyList<HeaderCell>> header)
{
    private readonly List<ReportRow> _rows = [];
    private readonly List<string> _footnotes = [];

    public bool NumberedColumns { get; init; }
    public int Count => _rows.Count;

    /// <summary>Adds a data row and returns its index (for totals).</summary>
    public int Add(params ReportCell[] cells) => Add(0, cells);

    public int Add(int level, params ReportCell[] cells)
    {
        _rows.Add(new ReportRow(RowKind.Data, cells, level));
        return _rows.Count - 1;
    }

    /// <summary>A row built by the caller (e.g. a «Всего» printed above the rows it adds up).</summary>
    public int AddRow(ReportRow row)
    {
        _rows.Add(row);
        return _rows.Count - 1;
    }

    public int Group(string caption, int level = 0)
    {
        _rows.Add(ReportRow.Group(caption, level));
        return _rows.Count - 1;
    }

    /// <summary>
    /// A subtotal or total row: label cells first, then the sum of every summable column over the
    /// given rows; <paramref name="derived"/> may fill non-summable columns (percentages) from the sums.
    /// </summary>
    public int Total(RowKind kind, IReadOnlyList<int> rows, IReadOnlyList<ReportCell> labels,
        Func<IReadOnlyDictionary<string, decimal>, string, ReportCell?>? derived = null)
    {
        var sums = columns.Where(c => c.Summable).ToDictionary(c => c.Key, c => Sum(rows, c.Key));
        // A column with nothing in it stays empty in the total too (a dash on paper, not 0,00).
        var anything = columns.Where(c => c.Summable).ToDictionary(c => c.Key, c => HasNumbers(rows, c.Key));
        var cells = new List<ReportCell>(labels);
        var covered = labels.Sum(l => Math.Max(1, l.ColSpan));
        foreach (var column in columns.Skip(covered))
            cells.Add(column.Summable ? (anything[column.Key] ? sums[column.Key] : ReportCell.Empty) : derived?.Invoke(sums, column.Key) ?? ReportCell.Empty);
        _rows.Add(new ReportRow(kind, cells, 0, rows.ToList()));
        return _rows.Count - 1;
    }

    /// <summary>
    /// A total row for rows added after its place was taken: sums the summable columns over
    /// <paramref name="rows"/>; <paramref name="trailing"/> fills the last text column (executors).
    /// </summary>
    public ReportRow TotalRow(RowKind kind, IReadOnlyList<int> rows, IReadOnlyList<ReportCell> labels, string? trailing, int level)
    {
        var cells = new List<ReportCell>(labels);
        foreach (var column in columns.Skip(labels.Count))
            cells.Add(column.Summable ? (HasNumbers(rows, column.Key) ? Sum(rows, column.Key) : ReportCell.Empty) : trailing is null ? ReportCell.Empty : trailing);
        return new ReportRow(kind, cells, level, rows.ToList());
    }

    public void Replace(int index, ReportRow row) => _rows[index] = row;

    public void Footnote(string text) => _footnotes.Add(text);

    public decimal Sum(IEnumerable<int> rows, string key)
    {
        var index = IndexOf(key);
        var total = 0m;
        foreach (var r in rows)
            foreach (var (column, cell) in ReportTable.Positioned(_rows[r]))
                if (column == index) total += cell.Number ?? 0m;
        return total;
    }

    private bool HasNumbers(IEnumerable<int> rows, string key)
    {
        var index = IndexOf(key);
        return rows.Any(r => ReportTable.Positioned(_rows[r]).Any(p => p.Column == index && p.Cell.Number is not null));
    }

    public ReportTable Build() => new()
    {
        Columns = columns, Header = header, Rows = _rows.ToList(), Footnotes = _footnotes.ToList(), NumberedColumns = NumberedColumns,
    };

    private int IndexOf(string key)
    {
        for (var i = 0; i < columns.Count; i++) if (columns[i].Key == key) return i;
        throw new ArgumentException($"No column '{key}'.", nameof(key));
    }
}
