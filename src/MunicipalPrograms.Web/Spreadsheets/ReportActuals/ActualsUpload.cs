using System.Globalization;
using ClosedXML.Excel;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ReportEntry;
using L = MunicipalPrograms.Web.Spreadsheets.ReportActuals.ActualsLayout;

namespace MunicipalPrograms.Web.Spreadsheets.ReportActuals;

/// <summary>
/// An uploaded actuals template read into the form the report page posts: only the rows whose cells differ from what
/// the template was taken with (so a row someone changed in the portal since is left alone unless the user changed it
/// too), each with the version it was taken at. The savers' rules then check it as they check the page.
/// </summary>
public sealed class ActualsReading
{
    public ReportForm Form { get; } = new() { WeightMode = null };
    /// <summary>Form field ("Indicators[0].Actual") → the cell it was read from.</summary>
    public Dictionary<string, CellRef> Cells { get; } = [];
    public List<CellProblem> Problems { get; } = [];
    /// <summary>Why the book cannot be read as this template at all (a sheet renamed, columns moved, rows deleted).</summary>
    public string? Refusal { get; set; }
}

public static class ActualsUpload
{
    public static ActualsReading Read(XLWorkbook workbook, TemplateStamp stamp)
    {
        var reading = new ActualsReading();
        foreach (var (sheet, headers, prefix, readRow) in Sheets())
        {
            if (!workbook.Worksheets.TryGetWorksheet(sheet, out var ws)) { reading.Refusal = TemplateRows.NoSheet(sheet); return reading; }
            if (TemplateRows.HeaderChanged(ws, L.HeaderRow, headers) is { } moved) { reading.Refusal = moved; return reading; }
            var (rows, missing) = TemplateRows.Keyed(ws, L.FirstDataRow, prefix, stamp, reading.Problems);
            foreach (var keyed in rows) readRow(new RowReader(ws, keyed.Row, reading), keyed.Key, keyed.Stamped);
            if (missing is not null) { reading.Refusal = missing; return reading; }
        }
        return reading;
    }

    private static IEnumerable<(string Sheet, string[] Headers, string Prefix, Action<RowReader, string, StampRow> Read)> Sheets()
    {
        yield return (L.Indicators.Sheet, L.Indicators.Headers, L.Indicators.KeyPrefix, ReadIndicator);
        yield return (L.Activities.Sheet, L.Activities.Headers, L.Activities.KeyPrefix, ReadActivity);
        yield return (L.Funding.Sheet, L.Funding.Headers, L.Funding.KeyPrefix, ReadFunding);
    }

    private static void ReadIndicator(RowReader r, string key, StampRow stamped)
    {
        var actual = r.Text(L.Indicators.Actual);
        var notMeasured = r.Choice(L.Indicators.NotMeasured, L.Yes, L.No);
        var reason = r.Text(L.Indicators.Reason);
        if (r.Failed || (TemplateCells.SameNumber(actual, stamped.Value(0)) && SameText(notMeasured ?? L.No, stamped.Value(1)) && SameText(reason, stamped.Value(2)))) return;
        var k = r.Reading.Form.Indicators.Count;
        r.Reading.Form.Indicators.Add(new IndicatorRow
        {
            ValueId = Id(key, L.Indicators.KeyPrefix), Version = Version(stamped), Actual = actual, NotMeasured = notMeasured == L.Yes, DeviationReason = reason,
        });
        r.Map($"Indicators[{k}].Actual", L.Indicators.Actual);
        r.Map($"Indicators[{k}].NotMeasured", L.Indicators.NotMeasured);
        r.Map($"Indicators[{k}].DeviationReason", L.Indicators.Reason);
    }

    private static void ReadActivity(RowReader r, string key, StampRow stamped)
    {
        var completed = r.Choice(L.Activities.Completed, L.CompletedYes, L.CompletedNo);
        var date = r.Text(L.Activities.Date);
        var (done, notDone, problems) = (r.Text(L.Activities.Done), r.Text(L.Activities.NotDoneReason), r.Text(L.Activities.Problems));
        if (r.Failed) return;
        var sameDate = RuInput.Date(date) is { Ok: true } d && AuditValue.Date(d.Value) == stamped.Value(1);
        if (SameText(completed, stamped.Value(0)) && sameDate && SameText(done, stamped.Value(2)) && SameText(notDone, stamped.Value(3)) && SameText(problems, stamped.Value(4)))
            return;
        var k = r.Reading.Form.Activities.Count;
        r.Reading.Form.Activities.Add(new ActivityRow
        {
            ActivityId = Id(key, L.Activities.KeyPrefix), Version = Version(stamped), Completed = completed switch { L.CompletedYes => "yes", L.CompletedNo => "no", _ => "" },
            ActualCompletion = date, Done = done, NotDoneReason = notDone, Problems = problems,
        });
        r.Map($"Activities[{k}].Completed", L.Activities.Completed);
        r.Map($"Activities[{k}].ActualCompletion", L.Activities.Date);
        r.Map($"Activities[{k}].Done", L.Activities.Done);
        r.Map($"Activities[{k}].NotDoneReason", L.Activities.NotDoneReason);
        r.Map($"Activities[{k}].Problems", L.Activities.Problems);
    }

    private static void ReadFunding(RowReader r, string key, StampRow stamped)
    {
        var actual = r.Text(L.Funding.Actual);
        if (r.Failed || TemplateCells.SameNumber(actual, stamped.Value(0))) return;
        var k = r.Reading.Form.Funding.Count;
        r.Reading.Form.Funding.Add(new FundingRow { LineId = Id(key, L.Funding.KeyPrefix), Version = Version(stamped), Actual = actual });
        r.Map($"Funding[{k}].Actual", L.Funding.Actual);
    }

    private static bool SameText(string? typed, string? original) =>
        (string.IsNullOrWhiteSpace(typed) ? null : typed.Trim().Replace("\r\n", "\n")) == (string.IsNullOrWhiteSpace(original) ? null : original);

    private static int Id(string key, string prefix) => int.Parse(key[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture);

    private static uint Version(StampRow stamped) => uint.TryParse(stamped.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    /// <summary>Reads the input cells of one row, collecting the problems of the cells themselves (formulas, merged cells, a choice off the list).</summary>
    private sealed class RowReader(IXLWorksheet ws, int row, ActualsReading reading)
    {
        public ActualsReading Reading => reading;
        public bool Failed { get; private set; }
        private readonly Dictionary<int, string?> typed = [];

        public string? Text(int column)
        {
            var cell = ws.Cell(row, column);
            var (text, error) = TemplateCells.Read(cell);
            if (error is null && cell.IsMerged()) error = "ячейка объединена с соседними. Разъедините ячейки (Главная → Объединить и поместить в центре).";
            typed[column] = text;
            if (error is not null) Fail(column, text, error);
            return text;
        }

        /// <summary>One of the list's captions as the list writes it (any letter case typed), null for an empty cell.</summary>
        public string? Choice(int column, params string[] options)
        {
            var text = Text(column);
            if (text is null) return null;
            if (options.FirstOrDefault(o => string.Equals(text.Trim(), o, StringComparison.OrdinalIgnoreCase)) is { } option) return option;
            Fail(column, text, "выберите значение из списка: " + string.Join(" или ", options.Select(o => $"«{o}»")) + ".");
            return text;
        }

        public void Map(string field, int column) =>
            reading.Cells[field] = new CellRef(ws.Name, ws.Cell(row, column).Address.ToString()!, typed.GetValueOrDefault(column));

        private void Fail(int column, string? text, string message)
        {
            Failed = true;
            reading.Problems.Add(new CellProblem(ws.Name, ws.Cell(row, column).Address.ToString()!, text, message));
        }
    }
}
