using System.Globalization;
using ClosedXML.Excel;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.Spreadsheets;

/// <summary>The kinds of template the portal hands out; stored in the stamp as these codes.</summary>
public static class TemplateKinds
{
    public const string ReportActuals = "report-actuals";
    public const string ProgramPlan = "program-plan";

    public static string Caption(string kind) => kind switch
    {
        ReportActuals => "фактические значения отчета",
        ProgramPlan => "план программы",
        _ => "неизвестный шаблон",
    };
}

/// <summary>A row of a template as taken: its version (xmin) and its values as invariant text, in the template's column order.</summary>
public sealed record StampRow(string Version, IReadOnlyList<string?> Values)
{
    /// <summary>The i-th value; empty trailing values are not kept on the sheet, so they read as null.</summary>
    public string? Value(int i) => i < Values.Count ? Values[i] : null;
}

/// <summary>
/// What a template was made for and from: its kind, the program, the period, the plan's редакция and the moment it was
/// taken, with the version of every row it holds (row key → version). Kept on a very hidden sheet that Excel does not
/// offer to unhide, so the upload can refuse a template of another program or period and report what changed since.
/// </summary>
public sealed record TemplateStamp(string Kind, int ProgramId, string ProgramCode, ReportingPeriod? Period, int? PlanVersion, DateTimeOffset TakenAt)
{
    public const string SheetName = "Служебный";
    private const string Marker = "municipal-programs-template/1";

    /// <summary>
    /// Row key → the row's version and its values (invariant text) when the template was taken: a row whose cells still
    /// hold these values was not touched by the user and is left alone, whatever happened to it in the portal since.
    /// </summary>
    public Dictionary<string, StampRow> Rows { get; init; } = new(StringComparer.Ordinal);

    /// <summary>«Шаблон: фактические значения отчета · ALX-MP-04 · 2025 год · редакция 3 · выгружен 30.11.2026 12:05 (МСК)»</summary>
    public string Caption(TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(TakenAt, zone);
        var parts = new List<string> { "Шаблон: " + TemplateKinds.Caption(Kind), ProgramCode };
        if (Period is { } p) parts.Add(p.Caption());
        if (PlanVersion is { } v) parts.Add($"редакция {v}");
        parts.Add($"выгружен {RuFormat.Date(local)} {local:HH:mm}");
        return string.Join(" · ", parts);
    }

    public void Write(XLWorkbook workbook)
    {
        var ws = workbook.Worksheets.Add(SheetName);
        ws.Cell(1, 1).Value = Marker;
        string[][] fields =
        [
            ["kind", Kind], ["program", Invariant(ProgramId)], ["code", ProgramCode],
            ["year", Period is { } p ? Invariant(p.Year) : ""], ["period", Period?.Kind.ToString() ?? ""],
            ["plan-version", PlanVersion is { } v ? Invariant(v) : ""], ["taken-at", TakenAt.ToString("O", CultureInfo.InvariantCulture)],
        ];
        for (var i = 0; i < fields.Length; i++) { ws.Cell(2 + i, 1).Value = fields[i][0]; Text(ws.Cell(2 + i, 2), fields[i][1]); }
        var row = 2 + fields.Length;
        ws.Cell(row, 1).Value = "row-key";
        ws.Cell(row, 2).Value = "version";
        foreach (var (key, stamped) in Rows)
        {
            row++;
            Text(ws.Cell(row, 1), key);
            Text(ws.Cell(row, 2), stamped.Version);
            for (var i = 0; i < stamped.Values.Count; i++) Text(ws.Cell(row, 3 + i), stamped.Values[i] ?? "");
        }
        ws.Visibility = XLWorksheetVisibility.VeryHidden;
        ws.Protect();
    }

    /// <summary>The stamp of an uploaded book, or why it is not a template of this portal.</summary>
    public static (TemplateStamp? Stamp, string? Refusal) Read(XLWorkbook workbook)
    {
        const string notOurs = "В книге нет служебного листа шаблона: загрузите шаблон, скачанный с портала (кнопка «Скачать шаблон»), а не другую книгу.";
        if (!workbook.Worksheets.TryGetWorksheet(SheetName, out var ws) || ws.Cell(1, 1).GetString() != Marker) return (null, notOurs);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var row = 2;
        for (; row < 20 && ws.Cell(row, 1).GetString() is { Length: > 0 } name && name != "row-key"; row++) fields[name] = ws.Cell(row, 2).GetString();
        if (!fields.TryGetValue("kind", out var kind) || !int.TryParse(fields.GetValueOrDefault("program"), NumberStyles.None, CultureInfo.InvariantCulture, out var program)
            || !DateTimeOffset.TryParse(fields.GetValueOrDefault("taken-at"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var taken))
            return (null, notOurs);
        ReportingPeriod? period = null;
        if (int.TryParse(fields.GetValueOrDefault("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (!StrictEnum.TryParse<PeriodKind>(fields.GetValueOrDefault("period"), out var periodKind)) return (null, notOurs);
            period = new ReportingPeriod(year, periodKind);
        }
        int? version = int.TryParse(fields.GetValueOrDefault("plan-version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        var stamp = new TemplateStamp(kind, program, fields.GetValueOrDefault("code") ?? "", period, version, taken);
        if (ws.Cell(row, 1).GetString() == "row-key")
            for (row++; ws.Cell(row, 1).GetString() is { Length: > 0 } key; row++)
            {
                var last = ws.Row(row).LastCellUsed()?.Address.ColumnNumber ?? 2;
                stamp.Rows[key] = new StampRow(ws.Cell(row, 2).GetString(),
                    Enumerable.Range(3, Math.Max(0, last - 2)).Select(c => ws.Cell(row, c).GetString() is { Length: > 0 } v ? v : null).ToList());
            }
        return (stamp, null);
    }

    /// <summary>Why this template does not fit the page it was uploaded on, or null when it does.</summary>
    public string? Mismatch(string kind, int programId, string programCode, ReportingPeriod? period)
    {
        if (Kind != kind)
            return $"Это шаблон «{TemplateKinds.Caption(Kind)}», а здесь загружается шаблон «{TemplateKinds.Caption(kind)}».";
        if (ProgramId != programId)
            return $"Шаблон сделан для другой программы ({ProgramCode}), а загружается в программу {programCode}. Скачайте шаблон этой программы.";
        if (Period != period && Period is { } made)
            return $"Шаблон сделан для периода «{made.Caption()}», а загружается в отчет за {period?.Caption()}. Скачайте шаблон этого периода.";
        return null;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Keys and versions are text: Excel must not turn "00123" or "1E5" into numbers.</summary>
    private static void Text(IXLCell cell, string value) => cell.SetValue(value).SetDataType(XLDataType.Text);
}
