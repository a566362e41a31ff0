using ClosedXML.Excel;

namespace MunicipalPrograms.Web.Spreadsheets;

/// <summary>
/// How a template looks and guards itself: headers and computed cells locked, input cells unlocked and tinted, the
/// sheet protected without a password (a guide against slips, not security: the upload checks every cell anyway)
/// while columns and rows may still be resized.
/// </summary>
public static class TemplateStyle
{
    public const string Font = "Arial";
    private static readonly XLColor InputFill = XLColor.FromHtml("#FFF2CC");
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor OthersFill = XLColor.FromHtml("#EDEDED");

    public static void Setup(IXLWorksheet ws)
    {
        ws.Style.Font.FontName = Font;
        ws.Style.Font.FontSize = 10;
        ws.Style.Alignment.WrapText = true;
        ws.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }

    public static void Input(IXLCell cell)
    {
        cell.Style.Protection.Locked = false;
        cell.Style.Fill.BackgroundColor = InputFill;
    }

    /// <summary>A row this user may not change (another executor's): shown for context, grey and locked.</summary>
    public static void Others(IXLRange row) => row.Style.Fill.BackgroundColor = OthersFill;

    public static void Border(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    public static void Protect(IXLWorksheet ws)
    {
        ws.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns, true)
            .AllowElement(XLSheetProtectionElements.FormatRows, true)
            .AllowElement(XLSheetProtectionElements.SelectEverything, true);
    }

    /// <summary>A number ≥ 0 (a warning, not a stop: a value pasted as text is still checked by the portal).</summary>
    public static void NonNegative(IXLRange range, string what)
    {
        var v = range.SetDataValidation();
        v.Decimal.EqualOrGreaterThan(0);
        Explain(v, what + ": число не меньше 0, например 1 129,01.");
    }

    public static void AnyNumber(IXLRange range, string what)
    {
        var v = range.SetDataValidation();
        v.Decimal.Between(-1e15, 1e15);
        Explain(v, what + ": число, например 12,5.");
    }

    public static void Choice(IXLRange range, string what, params string[] options)
    {
        var v = range.SetDataValidation();
        v.List("\"" + string.Join(",", options) + "\"", true);
        Explain(v, what + ": выберите из списка (" + string.Join(", ", options) + ").");
    }

    public static void Date(IXLRange range, string what)
    {
        var v = range.SetDataValidation();
        v.Date.Between(new DateTime(1990, 1, 1), new DateTime(2100, 12, 31));
        Explain(v, what + ": дата в виде ДД.ММ.ГГГГ, например 15.03.2025.");
    }

    private static void Explain(IXLDataValidation v, string message)
    {
        v.IgnoreBlanks = true;
        v.ErrorStyle = XLErrorStyle.Warning;
        v.ErrorTitle = "Проверьте значение";
        v.ErrorMessage = message;
        v.ShowErrorMessage = true;
    }
}
