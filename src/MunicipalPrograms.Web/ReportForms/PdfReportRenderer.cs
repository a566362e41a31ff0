using MunicipalPrograms.Domain.ReportForms;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>PDF = the report view's HTML printed by Chromium (see docs/decisions/0006).</summary>
public sealed class PdfReportRenderer(HtmlReportRenderer html, ChromiumPrinter printer)
{
    public async Task<byte[]> RenderAsync(ReportDocument document, CancellationToken ct = default) =>
        await printer.PrintAsync(await html.RenderAsync(document, ct), ct);
}
