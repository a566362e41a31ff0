using ClosedXML.Excel;
using L = MunicipalPrograms.Web.Spreadsheets.ProgramPlan.PlanLayout;

namespace MunicipalPrograms.Web.Spreadsheets.ProgramPlan;

/// <summary>One cell the user changed: its row key and column, the text typed, the value it was downloaded with, where it is.</summary>
public sealed record PlanCellChange(string Key, PlanColumn Column, string? Typed, string? Original, CellRef Cell);

/// <summary>An uploaded plan template: the cells that differ from the stamp's originals, or why the book cannot be read.</summary>
public sealed class PlanReading
{
    public List<PlanCellChange> Changes { get; } = [];
    public List<CellProblem> Problems { get; } = [];
    public string? Refusal { get; set; }
}

/// <summary>
/// Reads a plan template back: only the value cells whose number differs from what the template was downloaded with
/// (so a value changed in the draft since is left alone unless the user changed it too). The grids' readers then
/// check the values with the grids' rules.
/// </summary>
public static class PlanUpload
{
    public static PlanReading Read(XLWorkbook workbook, TemplateStamp stamp)
    {
        var reading = new PlanReading();
        foreach (var (sheet, fixedHeaders, prefix) in new[] { (L.Indicators.Sheet, L.Indicators.Headers, L.Indicators.KeyPrefix), (L.Funding.Sheet, L.Funding.Headers, L.Funding.KeyPrefix) })
        {
            if (!workbook.Worksheets.TryGetWorksheet(sheet, out var ws)) { reading.Refusal = TemplateRows.NoSheet(sheet); return reading; }
            if (L.ColumnsOf(stamp, sheet) is not { } columns)
            {
                reading.Refusal = "Служебный лист шаблона поврежден. Скачайте шаблон заново и перенесите в него значения.";
                return reading;
            }
            if (TemplateRows.HeaderChanged(ws, L.HeaderRow, L.HeadersOf(fixedHeaders, columns)) is { } moved) { reading.Refusal = moved; return reading; }
            var (rows, missing) = TemplateRows.Keyed(ws, L.FirstDataRow, prefix, stamp, reading.Problems);
            foreach (var keyed in rows) ReadRow(ws, keyed, columns, reading);
            if (missing is not null) { reading.Refusal = missing; return reading; }
        }
        return reading;
    }

    private static void ReadRow(IXLWorksheet ws, KeyedRow keyed, IReadOnlyList<PlanColumn> columns, PlanReading reading)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = ws.Cell(keyed.Row, L.FirstValueColumn + c);
            var (text, error) = TemplateCells.Read(cell);
            var address = cell.Address.ToString()!;
            if (error is not null) { reading.Problems.Add(new CellProblem(ws.Name, address, text, error)); continue; }
            var original = keyed.Stamped.Value(c);
            if (TemplateCells.SameNumber(text, original)) continue;
            reading.Changes.Add(new PlanCellChange(keyed.Key, columns[c], text, original, new CellRef(ws.Name, address, text)));
        }
    }
}
