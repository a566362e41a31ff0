using System.Globalization;
using ClosedXML.Excel;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.ProgramEditing.Grids;
using L = MunicipalPrograms.Web.Spreadsheets.ProgramPlan.PlanLayout;

namespace MunicipalPrograms.Web.Spreadsheets.ProgramPlan;

/// <summary>
/// A draft's plan as a workbook to fill in Excel, laid out as the grids (and the official appendices): the indicators'
/// planned values by year (and the interim periods of one year), and funding by activity × source × year with Excel's
/// own totals. The cells this user may change are unlocked and tinted; rows of another executor grey and locked. The
/// stamp keeps each row's values as downloaded and the draft's version, so the upload applies only what the user changed.
/// </summary>
public static class PlanTemplate
{
    private const string MoneyFormat = "#,##0.00###";

    public static byte[] Build(GridContext context, TemplateStamp stamp, TimeZoneInfo zone, int? interimYear)
    {
        var plan = context.Plan!;
        var version = context.Draft!.Version.ToString(CultureInfo.InvariantCulture);
        using var workbook = new XLWorkbook();
        var caption = stamp.Caption(zone);
        Indicators(workbook.Worksheets.Add(L.Indicators.Sheet), context, plan, stamp, version, caption, L.IndicatorColumns(context.Years, interimYear));
        Funding(workbook.Worksheets.Add(L.Funding.Sheet), context, plan, stamp, version, caption, L.FundingColumns(context.Years));
        stamp.Write(workbook);
        workbook.Protect(); // the structure: sheets cannot be renamed, deleted, moved or unhidden
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Indicators(IXLWorksheet ws, GridContext context, Domain.Plans.ProgramPlan plan, TemplateStamp stamp, string version, string caption,
        IReadOnlyList<PlanColumn> columns)
    {
        var headers = L.HeadersOf(L.Indicators.Headers, columns);
        Top(ws, context, caption, headers, 45, 14,
            "Заполните желтые ячейки: плановые значения показателей по годам (для диапазона — нижняя граница; для «да/нет» — 1 или 0). Числа — с десятичной запятой.");
        L.StampColumns(stamp, L.Indicators.Sheet, columns);
        var row = L.FirstDataRow;
        foreach (var i in plan.Indicators)
        {
            var key = L.Indicators.Key(i.Key);
            var values = columns.Select(c => i.PlanFor(new ReportingPeriod(c.Year, c.Period))?.Planned).ToList();
            stamp.Rows[key] = new StampRow(version, [.. values.Select(AuditValue.Number)]);
            Heading(ws, row, key, i.Code, i.Name, i.Unit);
            Values(ws, row, values, context.Rights.CanEditIndicator(i.Key), headers.Length, null);
            row++;
        }
        Finish(ws, row, headers.Length);
        if (row > L.FirstDataRow) TemplateStyle.AnyNumber(ws.Range(L.FirstDataRow, L.FirstValueColumn, row - 1, headers.Length), "Плановое значение");
    }

    private static void Funding(IXLWorksheet ws, GridContext context, Domain.Plans.ProgramPlan plan, TemplateStamp stamp, string version, string caption,
        IReadOnlyList<PlanColumn> columns)
    {
        var names = context.Program.Municipality!.BudgetNames;
        var grid = FundingGrid.Build(plan, context.Years, names, FundingGridForm.From(plan, context.Draft!.Version, allSources: false));
        var headers = L.HeadersOf(L.Funding.Headers, columns).Append(L.Funding.Total).ToArray();
        Top(ws, context, caption, headers, 50, 28,
            $"Заполните желтые ячейки: плановый объем финансирования, {Domain.Common.RuFormat.MoneyUnit(context.Program.Municipality!.MoneyUnit)}. "
            + "Столбец «Всего» и строка «Итого» считаются сами.");
        L.StampColumns(stamp, L.Funding.Sheet, columns);
        var lines = plan.Funding.Where(FundingGridForm.IsGridLine).ToDictionary(f => (f.ActivityKey, f.Source, f.Year), f => f.Planned);
        var row = L.FirstDataRow;
        foreach (var r in grid.Rows)
        {
            var a = r.Activity;
            if (r.HasChildren)
            {
                // A main activity's funding is its children's: a caption row, nothing to type.
                ws.Cell(row, 2).SetValue(a.StructureCode ?? a.Code).SetDataType(XLDataType.Text);
                ws.Cell(row, 3).Value = a.Name;
                ws.Range(row, 2, row, headers.Length).Style.Font.Bold = true;
                row++;
                continue;
            }
            foreach (var source in grid.Sources)
            {
                var key = L.Funding.Key(a.Key, source);
                var values = columns.Select(c => lines.TryGetValue((a.Key, source, c.Year), out var v) ? v : (decimal?)null).ToList();
                stamp.Rows[key] = new StampRow(version, [.. values.Select(AuditValue.Number)]);
                Heading(ws, row, key, a.StructureCode ?? a.Code, new string(' ', r.Depth * 3) + a.Name, names.For(source));
                Values(ws, row, values, context.Rights.CanEditFunding(a.Key), headers.Length, MoneyFormat);
                Sum(ws.Cell(row, headers.Length), row, L.FirstValueColumn, row, headers.Length - 1);
                row++;
            }
        }
        // The totals are Excel's own sums, locked: they follow what the user types and are never read back.
        ws.Cell(row, 3).Value = "Итого";
        ws.Range(row, 2, row, headers.Length).Style.Font.Bold = true;
        for (var c = L.FirstValueColumn; c <= headers.Length; c++) Sum(ws.Cell(row, c), L.FirstDataRow, c, row - 1, c);
        Finish(ws, row + 1, headers.Length);
        if (row > L.FirstDataRow) TemplateStyle.NonNegative(ws.Range(L.FirstDataRow, L.FirstValueColumn, row - 1, headers.Length - 1), "Плановый объем финансирования");
    }

    private static void Sum(IXLCell cell, int fromRow, int fromColumn, int toRow, int toColumn)
    {
        cell.FormulaA1 = toRow >= fromRow && toColumn >= fromColumn
            ? $"SUM({XLHelper.GetColumnLetterFromNumber(fromColumn)}{fromRow}:{XLHelper.GetColumnLetterFromNumber(toColumn)}{toRow})" : "0";
        cell.Style.NumberFormat.Format = MoneyFormat;
    }

    private static void Heading(IXLWorksheet ws, int row, string key, string? code, string name, string? third)
    {
        ws.Cell(row, L.KeyColumn).SetValue(key).SetDataType(XLDataType.Text);
        ws.Cell(row, 2).SetValue(code ?? "").SetDataType(XLDataType.Text);
        ws.Cell(row, 3).Value = name;
        ws.Cell(row, 4).Value = third ?? "";
    }

    private static void Values(IXLWorksheet ws, int row, IReadOnlyList<decimal?> values, bool editable, int columns, string? format)
    {
        for (var c = 0; c < values.Count; c++)
        {
            var cell = ws.Cell(row, L.FirstValueColumn + c);
            if (values[c] is { } v) cell.Value = v;
            if (format is not null) cell.Style.NumberFormat.Format = format;
            if (editable) TemplateStyle.Input(cell);
        }
        if (!editable) TemplateStyle.Others(ws.Range(row, 2, row, columns));
    }

    /// <summary>The stamp's caption, the program, how to fill in, the header row; the key column hidden.</summary>
    private static void Top(IXLWorksheet ws, GridContext context, string caption, string[] headers, double nameWidth, double thirdWidth, string howTo)
    {
        TemplateStyle.Setup(ws);
        ws.Cell(1, 2).Value = caption;
        ws.Cell(1, 2).Style.Font.Bold = true;
        ws.Cell(2, 2).Value = $"{context.Program.RegistryCode} · {context.Program.Name} · проект изменений";
        ws.Cell(3, 2).Value = howTo;
        foreach (var r in new[] { 1, 2, 3 }) ws.Range(r, 2, r, Math.Max(headers.Length, 8)).Merge().Style.Alignment.WrapText = true;
        ws.Row(2).Height = 30;
        ws.Row(3).Height = 30;
        for (var c = 0; c < headers.Length; c++) ws.Cell(L.HeaderRow, c + 1).Value = headers[c];
        TemplateStyle.Header(ws.Range(L.HeaderRow, 1, L.HeaderRow, headers.Length));
        ws.Column(2).Width = 8;
        ws.Column(3).Width = nameWidth;
        ws.Column(4).Width = thirdWidth;
        for (var c = L.FirstValueColumn; c <= headers.Length; c++) ws.Column(c).Width = 14;
        ws.Column(L.KeyColumn).Hide();
        ws.SheetView.FreezeRows(L.HeaderRow);
        ws.SheetView.FreezeColumns(4);
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }

    private static void Finish(IXLWorksheet ws, int endRow, int columns)
    {
        if (endRow > L.FirstDataRow) TemplateStyle.Border(ws.Range(L.HeaderRow, 1, endRow - 1, columns));
        TemplateStyle.Protect(ws);
    }
}
