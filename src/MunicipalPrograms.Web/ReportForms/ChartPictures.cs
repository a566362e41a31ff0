using MunicipalPrograms.Domain.Charts;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Web.Charts;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// The charts of a form as PNG pictures for its XLSX (ClosedXML places pictures, not SVG): each chart's SVG — the one the
/// HTML and the PDF show — with the charts' stylesheet, photographed by the warm Chromium of the PDF printer. Without
/// Chromium the workbook still has each chart's title and numbers, and the log says why the pictures are missing.
/// </summary>
public sealed class ChartPictures(ChromiumPrinter chromium, ReportFormStyles styles, ILogger<ChartPictures> log)
{
    public async Task<IReadOnlyDictionary<Chart, byte[]>> OfAsync(ReportDocument document, CancellationToken ct)
    {
        var pictures = new Dictionary<Chart, byte[]>(ReferenceEqualityComparer.Instance);
        foreach (var chart in document.Sections.OfType<ChartSection>().Select(s => s.Chart).Where(c => !c.IsEmpty))
        {
            try
            {
                pictures[chart] = await chromium.ScreenshotAsync(Page(chart), "svg.chart", SvgChart.Width, ct);
            }
            catch (ChromiumUnavailableException e)
            {
                log.LogWarning("The XLSX of {Form} goes without chart pictures: {Reason}", document.FormCode, e.Message);
                break;
            }
        }
        return pictures;
    }

    private string Page(Chart chart) =>
        $"<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\" /><style>{styles.Text} body {{ margin: 0; background: #fff; }}</style></head>"
        + $"<body>{SvgChart.Render(chart)}</body></html>";
}
