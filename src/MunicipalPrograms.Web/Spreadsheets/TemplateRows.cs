using ClosedXML.Excel;

namespace MunicipalPrograms.Web.Spreadsheets;

/// <summary>One keyed data row of an uploaded template: its number, its key (column A) and what the stamp took it with.</summary>
public sealed record KeyedRow(int Row, string Key, StampRow Stamped);

/// <summary>
/// What every template's reader checks before reading values: the sheet is there under its name, its header row is
/// as written (no column moved or inserted), and its data rows carry the stamp's keys — each once, none deleted.
/// Rows are matched by key, so a renamed or reordered row is still read as itself.
/// </summary>
public static class TemplateRows
{
    public static string NoSheet(string sheet) =>
        $"В книге нет листа \"{sheet}\": его переименовали или удалили. Скачайте шаблон заново и перенесите в него значения.";

    public static string? HeaderChanged(IXLWorksheet ws, int headerRow, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++)
        {
            var cell = ws.Cell(headerRow, c + 1);
            if (cell.GetString().Trim() != headers[c])
                return $"На листе \"{ws.Name}\" изменены столбцы: в ячейке {cell.Address} должен быть заголовок «{headers[c]}». Скачайте шаблон заново и перенесите в него значения.";
        }
        return null;
    }

    /// <summary>
    /// The sheet's rows with a key of <paramref name="prefix"/> (column A); a row with a foreign or repeated key is a
    /// problem of its own, a stamped key missing from the sheet refuses the whole book.
    /// </summary>
    public static (List<KeyedRow> Rows, string? Refusal) Keyed(IXLWorksheet ws, int firstRow, string prefix, TemplateStamp stamp, List<CellProblem> problems)
    {
        var rows = new List<KeyedRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var last = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var row = firstRow; row <= last; row++)
        {
            var key = ws.Cell(row, 1).GetString();
            if (key.Length == 0) continue; // a group caption or the total
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || !stamp.Rows.TryGetValue(key, out var stamped) || !seen.Add(key))
            {
                problems.Add(new CellProblem(ws.Name, $"A{row}", null, "строка не из этого шаблона (ее скопировали или вставили). Удалите ее или скачайте шаблон заново."));
                continue;
            }
            rows.Add(new KeyedRow(row, key, stamped));
        }
        var missing = stamp.Rows.Keys.Count(k => k.StartsWith(prefix, StringComparison.Ordinal) && !seen.Contains(k));
        return missing > 0
            ? (rows, $"С листа \"{ws.Name}\" удалены строки шаблона (строк: {missing}). Скачайте шаблон заново и перенесите в него значения.")
            : (rows, null);
    }
}
