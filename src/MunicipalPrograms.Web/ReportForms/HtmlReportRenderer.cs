using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using MunicipalPrograms.Domain.ReportForms;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// Renders the one report view (Views/ReportForms/Document.cshtml) to a string, outside of a
/// request if need be: the PDF printer feeds this HTML to Chromium.
/// </summary>
public sealed class HtmlReportRenderer(IRazorViewEngine engine, ITempDataProvider tempData, IServiceScopeFactory scopes)
{
    public const string ViewPath = "~/Views/ReportForms/Document.cshtml";

    public async Task<string> RenderAsync(ReportDocument document, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var actionContext = new ActionContext(http, new Microsoft.AspNetCore.Routing.RouteData(), new ActionDescriptor());
        var view = engine.GetView(null, ViewPath, isMainPage: true).View
            ?? throw new InvalidOperationException($"View {ViewPath} not found.");
        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<ReportView>(new EmptyModelMetadataProvider(), new ModelStateDictionary())
        {
            Model = new ReportView(document, ForPrint: true),
        };
        var context = new ViewContext(actionContext, view, viewData, new TempDataDictionary(http, tempData), writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        return writer.ToString();
    }
}
