using ClosedXML.Excel;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.ReportEntry;
using L = MunicipalPrograms.Web.Spreadsheets.ReportActuals.ActualsLayout;

namespace MunicipalPrograms.Web.Spreadsheets.ReportActuals;

/// <summary>
/// The report's actuals as a workbook to fill in Excel: indicator facts, not-measured marks and deviation reasons;
/// activity execution; cash execution by funding line — the rows of the report page in its order, the current values
/// filled in, the cells this user may change unlocked and tinted, another executor's rows grey and locked, the plan and
/// totals locked. The stamp (kind, program, period, редакция, moment, and each row's version and values) is written on
/// a very hidden sheet.
/// </summary>
public static class ActualsTemplate
{
    private const string MoneyFormat = "#,##0.00###";

    public static byte[] Build(ReportPage page, TemplateStamp stamp, TimeZoneInfo zone)
    {
        using var workbook = new XLWorkbook();
        var caption = stamp.Caption(zone);
        Indicators(workbook.Worksheets.Add(L.Indicators.Sheet), page, stamp, caption);
        Activities(workbook.Worksheets.Add(L.Activities.Sheet), page, stamp, caption);
        Funding(workbook.Worksheets.Add(L.Funding.Sheet), page, stamp, caption);
        stamp.Write(workbook);
        workbook.Protect(); // the structure: sheets cannot be renamed, deleted, moved or unhidden
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Indicators(IXLWorksheet ws, ReportPage page, TemplateStamp stamp, string caption)
    {
        Top(ws, page, caption, L.Indicators.Headers, [0, 6, 50, 14, 16, 16, 12, 45],
            "Заполните желтые ячейки: факт, отметку «не измерялся» (да/нет) и обоснование, если план не выполнен. Числа — с десятичной запятой.");
        var row = L.FirstDataRow;
        string? group = null;
        foreach (var line in page.Indicators)
        {
            if (line.Group is { } g && g != group) { GroupRow(ws, row++, g, L.Indicators.Headers.Length); group = g; }
            var (i, v) = (line.Indicator, line.Value);
            var key = L.Indicators.KeyPrefix + v.Id;
            stamp.Rows[key] = new StampRow(v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [AuditValue.Number(v.Actual), v.NotMeasured ? L.Yes : L.No, v.DeviationReason]);
            ws.Cell(row, L.KeyColumn).SetValue(key).SetDataType(XLDataType.Text);
            ws.Cell(row, 2).SetValue(i.Code).SetDataType(XLDataType.Text);
            ws.Cell(row, 3).Value = i.Name;
            ws.Cell(row, 4).Value = i.Unit;
            ws.Cell(row, L.Indicators.Plan).SetValue(RuFormat.Target(i.TargetKind, v.Planned, v.PlannedUpper)).SetDataType(XLDataType.Text);
            if (v.Actual is { } actual) ws.Cell(row, L.Indicators.Actual).Value = actual;
            ws.Cell(row, L.Indicators.NotMeasured).Value = v.NotMeasured ? L.Yes : L.No;
            ws.Cell(row, L.Indicators.Reason).Value = v.DeviationReason ?? "";
            Inputs(ws, row, line.Editable, L.Indicators.Headers.Length, L.Indicators.Actual, L.Indicators.NotMeasured, L.Indicators.Reason);
            row++;
        }
        Finish(ws, row, L.Indicators.Headers.Length);
        var data = Data(ws, row);
        TemplateStyle.AnyNumber(data(L.Indicators.Actual), "Факт");
        TemplateStyle.Choice(data(L.Indicators.NotMeasured), "Не измерялся", L.Yes, L.No);
    }

    private static void Activities(IXLWorksheet ws, ReportPage page, TemplateStamp stamp, string caption)
    {
        Top(ws, page, caption, L.Activities.Headers, [0, 8, 45, 12, 14, 13, 40, 30, 30],
            "Заполните желтые ячейки: выполнено ли мероприятие, дату (ДД.ММ.ГГГГ), что сделано, причины невыполнения и проблемы.");
        var row = L.FirstDataRow;
        foreach (var line in page.Activities)
        {
            var (a, x) = (line.Activity, line.Execution);
            var key = L.Activities.KeyPrefix + a.Id;
            stamp.Rows[key] = new StampRow((x?.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                [Completed(x?.Completed), AuditValue.Date(x?.ActualCompletion), x?.Done, x?.NotDoneReason, x?.Problems]);
            ws.Cell(row, L.KeyColumn).SetValue(key).SetDataType(XLDataType.Text);
            ws.Cell(row, 2).SetValue(a.StructureCode ?? a.Code).SetDataType(XLDataType.Text);
            ws.Cell(row, 3).Value = new string(' ', line.Depth * 3) + a.Name;
            ws.Cell(row, 4).Value = a.TermCaption();
            ws.Cell(row, L.Activities.Completed).Value = Completed(x?.Completed) ?? "";
            if (x?.ActualCompletion is { } date)
            {
                ws.Cell(row, L.Activities.Date).Value = date.ToDateTime(TimeOnly.MinValue);
                ws.Cell(row, L.Activities.Date).Style.DateFormat.Format = "dd.mm.yyyy";
            }
            ws.Cell(row, L.Activities.Done).Value = x?.Done ?? "";
            ws.Cell(row, L.Activities.NotDoneReason).Value = x?.NotDoneReason ?? "";
            ws.Cell(row, L.Activities.Problems).Value = x?.Problems ?? "";
            Inputs(ws, row, line.Editable, L.Activities.Headers.Length,
                L.Activities.Completed, L.Activities.Date, L.Activities.Done, L.Activities.NotDoneReason, L.Activities.Problems);
            row++;
        }
        Finish(ws, row, L.Activities.Headers.Length);
        var data = Data(ws, row);
        TemplateStyle.Choice(data(L.Activities.Completed), "Выполнено", L.CompletedYes, L.CompletedNo);
        TemplateStyle.Date(data(L.Activities.Date), "Дата выполнения");
    }

    private static void Funding(IXLWorksheet ws, ReportPage page, TemplateStamp stamp, string caption)
    {
        var unit = RuFormat.MoneyUnit(page.Program.Municipality!.MoneyUnit);
        Top(ws, page, caption, L.Funding.Headers, [0, 8, 50, 28, 18, 18],
            $"Заполните желтые ячейки: кассовое исполнение, {unit}. Строка «Итого» считается сама.");
        var names = page.Program.Municipality!.BudgetNames;
        var row = L.FirstDataRow;
        foreach (var line in page.Funding)
        {
            var (a, f) = (line.Activity, line.Line);
            var key = L.Funding.KeyPrefix + f.Id;
            stamp.Rows[key] = new StampRow(f.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), [AuditValue.Number(f.Actual)]);
            ws.Cell(row, L.KeyColumn).SetValue(key).SetDataType(XLDataType.Text);
            ws.Cell(row, 2).SetValue(a.StructureCode ?? a.Code).SetDataType(XLDataType.Text);
            ws.Cell(row, 3).Value = a.Name;
            ws.Cell(row, 4).Value = names.For(f.Source);
            ws.Cell(row, L.Funding.Plan).Value = f.Planned;
            if (f.Actual is { } actual) ws.Cell(row, L.Funding.Actual).Value = actual;
            ws.Range(row, L.Funding.Plan, row, L.Funding.Actual).Style.NumberFormat.Format = MoneyFormat;
            Inputs(ws, row, line.Editable, L.Funding.Headers.Length, L.Funding.Actual);
            row++;
        }
        // The total is Excel's own sum, locked: it follows what the user types and is never read back.
        ws.Cell(row, 3).Value = "Итого";
        ws.Cell(row, 3).Style.Font.Bold = true;
        foreach (var column in new[] { L.Funding.Plan, L.Funding.Actual })
        {
            var letter = XLHelper.GetColumnLetterFromNumber(column);
            ws.Cell(row, column).FormulaA1 = row > L.FirstDataRow ? $"SUM({letter}{L.FirstDataRow}:{letter}{row - 1})" : "0";
            ws.Cell(row, column).Style.NumberFormat.Format = MoneyFormat;
            ws.Cell(row, column).Style.Font.Bold = true;
        }
        Finish(ws, row + 1, L.Funding.Headers.Length);
        TemplateStyle.NonNegative(Data(ws, row)(L.Funding.Actual), "Кассовое исполнение");
    }

    private static string? Completed(bool? completed) => completed switch { true => L.CompletedYes, false => L.CompletedNo, _ => null };

    /// <summary>The stamp's caption, the program, how to fill in, the header row; the key column hidden.</summary>
    private static void Top(IXLWorksheet ws, ReportPage page, string caption, string[] headers, double[] widths, string howTo)
    {
        TemplateStyle.Setup(ws);
        ws.Cell(1, 2).Value = caption;
        ws.Cell(1, 2).Style.Font.Bold = true;
        ws.Cell(2, 2).Value = $"{page.Program.RegistryCode} · {page.Program.Name} · отчет за {page.Period.Caption()}";
        ws.Cell(3, 2).Value = howTo;
        foreach (var r in new[] { 1, 2, 3 }) ws.Range(r, 2, r, headers.Length).Merge().Style.Alignment.WrapText = true;
        ws.Row(2).Height = 30;
        ws.Row(3).Height = 30;
        for (var c = 0; c < headers.Length; c++) ws.Cell(L.HeaderRow, c + 1).Value = headers[c];
        TemplateStyle.Header(ws.Range(L.HeaderRow, 1, L.HeaderRow, headers.Length));
        for (var c = 1; c < widths.Length; c++) ws.Column(c + 1).Width = widths[c];
        ws.Column(L.KeyColumn).Hide();
        ws.SheetView.FreezeRows(L.HeaderRow);
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }

    private static void GroupRow(IXLWorksheet ws, int row, string caption, int columns)
    {
        ws.Cell(row, 2).Value = caption;
        ws.Range(row, 2, row, columns).Merge().Style.Font.Bold = true;
    }

    private static void Inputs(IXLWorksheet ws, int row, bool editable, int columns, params int[] inputs)
    {
        if (!editable) { TemplateStyle.Others(ws.Range(row, 2, row, columns)); return; }
        foreach (var c in inputs) TemplateStyle.Input(ws.Cell(row, c));
    }

    private static void Finish(IXLWorksheet ws, int endRow, int columns)
    {
        if (endRow > L.FirstDataRow) TemplateStyle.Border(ws.Range(L.HeaderRow, 1, endRow - 1, columns));
        TemplateStyle.Protect(ws);
    }

    /// <summary>The data rows of one column, for a validation rule.</summary>
    private static Func<int, IXLRange> Data(IXLWorksheet ws, int endRow) =>
        column => ws.Range(L.FirstDataRow, column, Math.Max(L.FirstDataRow, endRow - 1), column);
}
