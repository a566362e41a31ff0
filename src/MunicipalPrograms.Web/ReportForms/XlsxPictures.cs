using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>A PNG to place on a sheet: its top-left cell, its size on the sheet in pixels, its name and alternative text.</summary>
public sealed record SheetPicture(string Sheet, int Row, string Name, string Description, byte[] Png, int Width, int Height)
{
    /// <summary>A PNG's size in pixels, from its IHDR chunk (bytes 16–23, big-endian).</summary>
    public static (int Width, int Height) SizeOf(byte[] png) =>
        (png[16] << 24 | png[17] << 16 | png[18] << 8 | png[19], png[20] << 24 | png[21] << 16 | png[22] << 8 | png[23]);
}

/// <summary>
/// Places pictures into a workbook ClosedXML has saved, with the Open XML SDK: ClosedXML 0.95 (the newest the package
/// feed serves) measures a picture with System.Drawing, which needs libgdiplus — not on these servers.
/// </summary>
public static class XlsxPictures
{
    private const long EmuPerPixel = 9525; // 914 400 EMU an inch, 96 pixels an inch

    public static void Add(Stream workbook, IReadOnlyList<SheetPicture> pictures)
    {
        if (pictures.Count == 0) return;
        using var document = SpreadsheetDocument.Open(workbook, true);
        var book = document.WorkbookPart!;
        foreach (var onSheet in pictures.GroupBy(p => p.Sheet))
        {
            var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == onSheet.Key);
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            var drawings = part.AddNewPart<DrawingsPart>();
            drawings.WorksheetDrawing = new Xdr.WorksheetDrawing();
            uint id = 1;
            foreach (var p in onSheet) drawings.WorksheetDrawing.Append(Anchor(drawings, p, id++));
            // <drawing> goes after the page setup and the header/footer (the schema's order); ClosedXML writes nothing later.
            part.Worksheet.InsertAfter(new Drawing { Id = part.GetIdOfPart(drawings) },
                part.Worksheet.ChildElements.Last(e => e is PageMargins or PageSetup or HeaderFooter or RowBreaks or ColumnBreaks or IgnoredErrors));
        }
    }

    private static Xdr.OneCellAnchor Anchor(DrawingsPart drawings, SheetPicture p, uint id)
    {
        var image = drawings.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(p.Png)) image.FeedData(png);
        var (cx, cy) = (p.Width * EmuPerPixel, p.Height * EmuPerPixel);
        return new Xdr.OneCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId("0"), new Xdr.ColumnOffset("0"), new Xdr.RowId((p.Row - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.RowOffset("0")),
            new Xdr.Extent { Cx = cx, Cy = cy },
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = p.Name, Description = p.Description },
                    new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new Xdr.BlipFill(new A.Blip { Embed = drawings.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData());
    }
}
