using System.Globalization;
using ClosedXML.Excel;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.Spreadsheets;

/// <summary>A cell that cannot be taken: its sheet, address, what it holds and why, for the list shown to the user.</summary>
public sealed record CellProblem(string Sheet, string Address, string? Typed, string Message)
{
    /// <summary>«Лист "Показатели", ячейка F12: «12,5%» — не число. …»</summary>
    public override string ToString()
    {
        var where = $"Лист \"{Sheet}\", ячейка {Address}: ";
        if (string.IsNullOrEmpty(Typed) || Message.Contains('«' + Typed + '»', StringComparison.Ordinal)) return where + Message;
        return where + $"«{Shorten(Typed)}» — " + char.ToLower(Message[0], CultureInfo.GetCultureInfo("ru-RU")) + Message[1..];
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}

/// <summary>
/// Reads a template cell as the text the screens would have received, so one set of rules (RuInput, the savers) checks
/// both: a number Excel stored as a number becomes «1129,01», a date «15.03.2025», a yes/no «да»/«нет», text stays as
/// typed. A formula is refused: the template asks for values, and a formula's cached result may be stale.
/// </summary>
public static class TemplateCells
{
    public const string FormulaRefused = "в ячейке формула. Введите само значение (скопируйте и вставьте как значения).";

    public static (string? Text, string? Error) Read(IXLCell cell)
    {
        if (cell.HasFormula) return (cell.FormulaA1, FormulaRefused);
        if (cell.IsEmpty()) return (null, null);
        return cell.DataType switch
        {
            XLDataType.Number => (Number(cell.GetDouble()), null),
            XLDataType.DateTime => (RuFormat.Date(DateOnly.FromDateTime(cell.GetDateTime())), null),
            XLDataType.Boolean => (cell.GetBoolean() ? "да" : "нет", null),
            _ => (cell.GetString().Trim() is { Length: > 0 } t ? t : null, null),
        };
    }

    /// <summary>
    /// Unchanged when it reads as the same number as the stamp's original (invariant text), or both are empty; a cell
    /// that is no number counts as a change, for the saver to name.
    /// </summary>
    public static bool SameNumber(string? typed, string? original) =>
        RuInput.Number(typed, NumberColumns.Money) is { Ok: true } n && AuditValue.Number(n.Value) == original
        || RuInput.Number(typed) is { Ok: true } m && AuditValue.Number(m.Value) == original;

    /// <summary>The shortest decimal that round-trips the stored double, written the Russian way (decimal comma).</summary>
    private static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return value.ToString(CultureInfo.InvariantCulture);
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString("0.############################", CultureInfo.InvariantCulture).Replace('.', ',')
            : text;
    }
}
