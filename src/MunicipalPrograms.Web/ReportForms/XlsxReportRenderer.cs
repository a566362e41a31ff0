using ClosedXML.Excel;
using MunicipalPrograms.Domain.Charts;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.ReportForms;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// The report model as an Excel workbook: one sheet per table (key-value blocks go with the table
/// that follows them), merged header cells as on paper, Russian number formats (Excel stores
/// "#,##0.00" and shows it as «# ##0,00» in a Russian locale), totals as SUM formulas, frozen
/// header, A4 landscape fitted to the page width with the header repeated on every page.
/// Column widths and row heights are set explicitly: AdjustToContents needs System.Drawing,
/// which does not work on Linux.
/// </summary>
public sealed class XlsxReportRenderer
{
    public const string MoneyFormat = "#,##0.00";
    public const string IntegerFormat = "#,##0";
    public const string DecimalFormat = "#,##0.0###";
    public const string PercentFormat = "0.00%";
    public const string IndexFormat = "0.0000";
    public const string DateFormat = "dd.mm.yyyy";
    private const string Font = "Arial";
    private const double FontSize = 9;

    /// <param name="pictures">The charts' pictures (<see cref="ChartPictures"/>); a chart without one has its table only.</param>
    public byte[] Render(ReportDocument document, IReadOnlyDictionary<Chart, byte[]>? pictures = null)
    {
        using var workbook = new XLWorkbook();
        var sheets = SplitIntoSheets(document);
        var placed = new List<SheetPicture>();
        for (var i = 0; i < sheets.Count; i++)
        {
            var ws = workbook.Worksheets.Add(SheetName(sheets[i], i, sheets.Count, workbook));
            var sheet = new SheetWriter(ws, ColumnsOf(sheets[i]), pictures ?? new Dictionary<Chart, byte[]>(), placed);
            sheet.Setup();
            if (i == 0) sheet.Appendix(document.AppendixHeading);
            sheet.Title(document.Title);
            foreach (var section in sheets[i]) sheet.Section(section);
            if (i == sheets.Count - 1)
            {
                sheet.Notes(document.Footnotes);
                if (document.Signature is { } s) sheet.Signature(s);
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        XlsxPictures.Add(stream, placed);
        return stream.ToArray();
    }

    /// <summary>Each table starts a sheet; the text blocks before it travel with it.</summary>
    private static List<List<ReportSection>> SplitIntoSheets(ReportDocument document)
    {
        var sheets = new List<List<ReportSection>> { new() };
        foreach (var section in document.Sections)
        {
            if (section is TableSection && sheets[^1].OfType<TableSection>().Any()) sheets.Add([]);
            sheets[^1].Add(section);
        }
        return sheets;
    }

    private static IReadOnlyList<ReportColumn> ColumnsOf(List<ReportSection> sections) =>
        sections.OfType<TableSection>().FirstOrDefault()?.Table.Columns
        ?? [new ReportColumn("label", ColumnKind.Text, 45), new ReportColumn("value", ColumnKind.Text, 110)];

    private static string SheetName(List<ReportSection> sections, int index, int count, XLWorkbook workbook)
    {
        var heading = sections.OfType<TableSection>().FirstOrDefault()?.Heading;
        var name = count == 1 ? "Форма"
            : heading is { Length: > 1 } h && char.IsDigit(h[0]) ? "Раздел " + h.Split('.')[0]
            : $"Лист {index + 1}";
        var unique = name;
        for (var n = 2; workbook.Worksheets.Contains(unique); n++) unique = $"{name} ({n})";
        return unique.Length > 31 ? unique[..31] : unique;
    }

    /// <summary>Writes one sheet top to bottom.</summary>
    private sealed class SheetWriter(IXLWorksheet ws, IReadOnlyList<ReportColumn> columns, IReadOnlyDictionary<Chart, byte[]> pictures,
        List<SheetPicture> placed)
    {
        private int _row = 1;
        private bool _frozen;
        private int Last => columns.Count;

        public void Setup()
        {
            ws.Style.Font.FontName = Font;
            ws.Style.Font.FontSize = FontSize;
            for (var c = 0; c < columns.Count; c++) ws.Column(c + 1).Width = columns[c].Width;
            var page = ws.PageSetup;
            page.PageOrientation = XLPageOrientation.Landscape;
            page.PaperSize = XLPaperSize.A4Paper;
            page.FitToPages(1, 0);
            page.Margins.Left = page.Margins.Right = 0.4;
            page.Margins.Top = 0.5;
            page.Margins.Bottom = 0.6;
            page.Footer.Center.AddText("Страница ");
            page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
            page.Footer.Center.AddText(" из ");
            page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        }

        public void Appendix(IReadOnlyList<string> lines)
        {
            if (lines.Count == 0) return;
            var from = FirstColumnAfter(0.62);
            foreach (var line in lines)
            {
                var range = ws.Range(_row, from, _row, Last).Merge();
                range.FirstCell().Value = line;
                range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
                _row++;
            }
            _row++;
        }

        public void Title(IReadOnlyList<string> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var range = ws.Range(_row, 1, _row, Last).Merge();
                range.FirstCell().Value = lines[i];
                range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                range.Style.Alignment.WrapText = true;
                range.Style.Font.Bold = i == 0;
                range.Style.Font.FontSize = i == 0 ? 12 : 11;
                ws.Row(_row).Height = Height(lines[i], TotalWidth(1, Last), 16);
                _row++;
            }
            _row++;
        }

        public void Section(ReportSection section)
        {
            if (section.Heading is { } heading)
            {
                var range = ws.Range(_row, 1, _row, Last).Merge();
                range.FirstCell().Value = heading;
                range.Style.Font.Bold = true;
                range.Style.Alignment.WrapText = true;
                ws.Row(_row).Height = Height(heading, TotalWidth(1, Last), 14);
                _row++;
            }
            switch (section)
            {
                case KeyValueSection kv: KeyValues(kv); break;
                case TextSection text: foreach (var p in text.Paragraphs) Paragraph(p, false); break;
                case TableSection table: Table(table.Table); break;
                case ChartSection chart: Chart(chart.Chart); break;
            }
            _row++;
        }

        /// <summary>The chart's title, its picture when there is one, and its numbers as a table (to copy and to read aloud).</summary>
        private void Chart(Chart chart)
        {
            var title = ws.Range(_row, 1, _row, Last).Merge();
            title.FirstCell().Value = chart.Title;
            title.Style.Font.Bold = true;
            _row++;
            if (!chart.IsEmpty && pictures.TryGetValue(chart, out var png)) Picture(chart, png);
            if (chart.IsEmpty) { Paragraph("Нет данных для диаграммы.", false); return; }
            var split = Math.Min(Last - 1, Math.Max(1, FirstColumnAfter(0.3) - 1));
            var headers = chart.TableColumns.Select(c => c.Header).Concat(chart.Series.Select(s => s.Name)).ToList();
            ChartRow(split, chart.CategoryHeader, headers.Select(h => (Action<IXLCell>)(c => c.SetValue(h))).ToList(), header: true);
            for (var k = 0; k < chart.Categories.Count; k++)
            {
                var row = k;
                var cells = chart.TableColumns.Select(c => (Action<IXLCell>)(cell => cell.SetValue(c.Cells[row])))
                    .Concat(chart.Series.Select(s => (Action<IXLCell>)(cell => ChartValue(cell, chart, s.Values[row])))).ToList();
                ChartRow(split, chart.Categories[k], cells, header: false);
            }
        }

        /// <summary>
        /// The PNG (taken at twice the density) at the chart's own size, placed after the sheet is saved (XlsxPictures), over
        /// as many rows as it covers.
        /// </summary>
        private void Picture(Chart chart, byte[] png)
        {
            var (width, height) = SheetPicture.SizeOf(png);
            placed.Add(new SheetPicture(ws.Name, _row, chart.Id, $"{chart.Title}. {chart.Description}", png, width / 2, height / 2));
            var rowPixels = ws.RowHeight * 96 / 72;
            _row += (int)Math.Ceiling(height / 2 / rowPixels) + 1;
        }

        private void ChartRow(int split, string category, IReadOnlyList<Action<IXLCell>> values, bool header)
        {
            var label = ws.Range(_row, 1, _row, split).Merge();
            label.FirstCell().Value = category;
            label.Style.Alignment.WrapText = true;
            var all = new List<IXLRange> { label };
            for (var v = 0; v < values.Count; v++)
            {
                var cell = ws.Cell(_row, split + 1 + v);
                values[v](cell);
                all.Add(cell.AsRange());
            }
            foreach (var r in all) r.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            if (header) foreach (var r in all) HeaderStyle(r);
            ws.Row(_row).Height = Height(category, TotalWidth(1, split));
            _row++;
        }

        /// <summary>A chart's value as a number Excel can sum, formatted as the chart prints it (percentages are of plan).</summary>
        private static void ChartValue(IXLCell cell, Chart chart, decimal? value)
        {
            if (value is not { } v) { cell.SetValue(RuFormat.Missing); return; }
            cell.SetValue(chart.Format == ChartValues.Percent ? (double)(v / 100m) : (double)v);
            cell.Style.NumberFormat.Format = chart.Format switch
            {
                ChartValues.Money => MoneyFormat,
                ChartValues.Percent => "0.0%",
                ChartValues.Index => IndexFormat,
                ChartValues.Count => IntegerFormat,
                _ => DecimalFormat,
            };
        }

        private void KeyValues(KeyValueSection kv)
        {
            var split = Math.Min(Last - 1, Math.Max(1, FirstColumnAfter(0.3) - 1));
            foreach (var item in kv.Items)
            {
                var label = ws.Range(_row, 1, _row, split).Merge();
                label.FirstCell().Value = item.Label;
                var value = ws.Range(_row, split + 1, _row, Last).Merge();
                var text = string.Join("\n", item.Lines);
                value.FirstCell().Value = text;
                foreach (var r in new[] { label, value })
                {
                    r.Style.Alignment.WrapText = true;
                    r.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
                    r.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
                }
                ws.Row(_row).Height = Math.Max(Height(item.Label, TotalWidth(1, split)), Height(text, TotalWidth(split + 1, Last)));
                _row++;
            }
        }

        private void Table(ReportTable table)
        {
            var headerTop = _row;
            foreach (var cell in HeaderLayout.Place(table))
            {
                var range = ws.Range(headerTop + cell.Row, cell.Column + 1, headerTop + cell.Row + cell.RowSpan - 1, cell.Column + cell.ColSpan);
                if (cell.RowSpan > 1 || cell.ColSpan > 1) range.Merge();
                range.FirstCell().Value = cell.Text;
                HeaderStyle(range);
            }
            for (var r = 0; r < table.Header.Count; r++)
                ws.Row(headerTop + r).Height = HeaderRowHeight(table, r);
            _row = headerTop + table.Header.Count;
            if (table.NumberedColumns)
            {
                for (var c = 1; c <= table.Columns.Count; c++) ws.Cell(_row, c).Value = c;
                var numbers = ws.Range(_row, 1, _row, table.Columns.Count);
                HeaderStyle(numbers);
                numbers.Style.Font.FontSize = 8;
                _row++;
            }
            if (!_frozen)
            {
                // The header stays in view while scrolling and is printed again on every page.
                ws.SheetView.FreezeRows(_row - 1);
                ws.PageSetup.SetRowsToRepeatAtTop(headerTop, _row - 1);
                _frozen = true;
            }
            var excelRows = new int[table.Rows.Count];
            for (var i = 0; i < table.Rows.Count; i++) excelRows[i] = _row + i;
            foreach (var row in table.Rows) BodyRow(table, row, excelRows);
            foreach (var note in table.Footnotes) Paragraph(note, true);
        }

        private void BodyRow(ReportTable table, ReportRow row, int[] excelRows)
        {
            var height = 12.0;
            if (row.Kind == RowKind.Group)
            {
                var range = ws.Range(_row, 1, _row, table.Columns.Count).Merge();
                range.FirstCell().Value = row.Cells[0].Text ?? "";
                range.Style.Font.Bold = true;
                range.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
                range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
                range.Style.Alignment.WrapText = true;
                ws.Row(_row).Height = Height(row.Cells[0].Text ?? "", TotalWidth(1, table.Columns.Count));
                _row++;
                return;
            }
            foreach (var (column, cell) in ReportTable.Positioned(row))
            {
                var col = table.Columns[column];
                var span = Math.Max(1, cell.ColSpan);
                var range = ws.Range(_row, column + 1, _row, column + span);
                if (span > 1) range.Merge();
                var target = ws.Cell(_row, column + 1);
                if (col.Summable && row.SummedRows is { Count: > 0 } summed && cell.Number is not null)
                {
                    target.FormulaA1 = SumFormula(column + 1, summed.Select(i => excelRows[i]));
                    target.Style.NumberFormat.Format = FormatOf(col.Kind, cell.Number.Value);
                }
                else
                    Write(target, cell, col.Kind);
                if (cell.Text is not null) height = Math.Max(height, Height(cell.Text, TotalWidth(column + 1, column + span)));
                range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
                range.Style.Alignment.WrapText = true;
                range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
                if (col.Kind is ColumnKind.Date) range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                if (col.Kind is not ColumnKind.Text && cell.Number is not null) range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                if (row.Kind is RowKind.Subtotal or RowKind.Total) range.Style.Font.Bold = true;
            }
            // Borders on cells the row left empty (rows shorter than the table).
            ws.Range(_row, 1, _row, table.Columns.Count).Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            ws.Range(_row, 1, _row, table.Columns.Count).Style.Border.InsideBorder = XLBorderStyleValues.Thin;
            ws.Row(_row).Height = height;
            _row++;
        }

        private static void Write(IXLCell target, ReportCell cell, ColumnKind kind)
        {
            if (cell.Text is not null) { target.SetValue(cell.Text); return; }
            if (cell.Date is { } d)
            {
                target.SetValue(d.ToDateTime(TimeOnly.MinValue));
                target.Style.NumberFormat.Format = DateFormat;
                return;
            }
            if (cell.Number is not { } n) { if (kind != ColumnKind.Text) target.SetValue(RuFormat.Missing); return; }
            // Percent columns hold "97,2" meaning 97,2 %; Excel's percent format wants the fraction.
            target.SetValue(kind == ColumnKind.Percent ? (double)(n / 100m) : (double)n);
            target.Style.NumberFormat.Format = FormatOf(kind, n);
        }

        private static string FormatOf(ColumnKind kind, decimal n) => kind switch
        {
            ColumnKind.Money => MoneyFormat,
            ColumnKind.Percent => PercentFormat,
            ColumnKind.Index => IndexFormat,
            _ => n == decimal.Truncate(n) ? IntegerFormat : DecimalFormat,
        };

        private static string SumFormula(int column, IEnumerable<int> rows)
        {
            var letter = XLHelper.GetColumnLetterFromNumber(column);
            var parts = new List<string>();
            foreach (var (from, to) in Runs(rows.Order()))
                parts.Add(from == to ? $"{letter}{from}" : $"{letter}{from}:{letter}{to}");
            return $"SUM({string.Join(",", parts)})";
        }

        /// <summary>Consecutive row numbers as ranges, so formulas stay short.</summary>
        private static IEnumerable<(int From, int To)> Runs(IEnumerable<int> sorted)
        {
            int? from = null, to = null;
            foreach (var r in sorted)
            {
                if (to is { } t && r == t + 1) { to = r; continue; }
                if (from is { } f) yield return (f, to!.Value);
                from = to = r;
            }
            if (from is { } last) yield return (last, to!.Value);
        }

        private static void HeaderStyle(IXLRange range)
        {
            range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            range.Style.Alignment.WrapText = true;
            range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
            range.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        }

        /// <summary>A header row is as tall as its tallest cell that ends in it needs.</summary>
        private double HeaderRowHeight(ReportTable table, int row) =>
            HeaderLayout.Place(table).Where(c => c.Row + c.RowSpan - 1 == row)
                .Select(c => Height(c.Text, TotalWidth(c.Column + 1, c.Column + c.ColSpan)) / c.RowSpan)
                .DefaultIfEmpty(12).Max();

        public void Paragraph(string text, bool small)
        {
            var range = ws.Range(_row, 1, _row, Last).Merge();
            range.FirstCell().Value = text;
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            if (small) range.Style.Font.FontSize = 8;
            ws.Row(_row).Height = Height(text, TotalWidth(1, Last));
            _row++;
        }

        public void Notes(IReadOnlyList<string> notes)
        {
            foreach (var note in notes) Paragraph(note, true);
        }

        public void Signature(SignatureBlock s)
        {
            _row++;
            var split = Math.Max(1, FirstColumnAfter(0.45) - 1);
            var nameFrom = Math.Min(Last, FirstColumnAfter(0.75));
            ws.Range(_row, 1, _row, split).Merge().FirstCell().Value = s.Position ?? "";
            ws.Range(_row, 1, _row, split).Style.Alignment.WrapText = true;
            ws.Row(_row).Height = Height(s.Position ?? "", TotalWidth(1, split));
            if (split + 1 < nameFrom) ws.Range(_row, split + 1, _row, nameFrom - 1).Merge().FirstCell().Value = "____________________ (подпись)";
            ws.Range(_row, nameFrom, _row, Last).Merge().FirstCell().Value = s.Name ?? "";
            ws.Cell(_row, nameFrom).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            _row += 2;
            if (s.ContactName is not null || s.ContactPhone is not null)
                ws.Range(_row, 1, _row, Last).Merge().FirstCell().Value =
                    $"Исполнитель, контактный телефон: {s.ContactName}{(s.ContactPhone is null ? "" : ", тел.: " + s.ContactPhone)}";
        }

        private double TotalWidth(int from, int to) => columns.Skip(from - 1).Take(to - from + 1).Sum(c => c.Width);

        /// <summary>The first column that starts after the given share of the sheet width.</summary>
        private int FirstColumnAfter(double share)
        {
            var total = TotalWidth(1, Last);
            var sum = 0.0;
            for (var c = 0; c < columns.Count; c++)
            {
                if (sum >= total * share) return c + 1;
                sum += columns[c].Width;
            }
            return Last;
        }

        /// <summary>Row height in points for wrapped text in a given width (characters); Excel does not autofit merged cells.</summary>
        private static double Height(string text, double widthChars, double lineHeight = 12)
        {
            var perLine = Math.Max(1, widthChars * 1.15);
            var lines = text.Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(l.Length / perLine)));
            return Math.Min(409, lines * lineHeight + 3);
        }
    }
}
