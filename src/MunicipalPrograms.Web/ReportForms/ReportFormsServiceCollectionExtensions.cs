using MunicipalPrograms.Web.ReportForms;

// In the DI namespace so Program.cs needs one line and no using.
namespace Microsoft.Extensions.DependencyInjection;

public static class ReportFormsServiceCollectionExtensions
{
    /// <summary>
    /// Report forms: the data service, the three renderers and the warm Chromium. Chromium's path
    /// comes from ReportForms:ChromiumPath (env ReportForms__ChromiumPath) or MP_CHROMIUM_PATH.
    /// </summary>
    public static IServiceCollection AddReportForms(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportFormsOptions>(configuration.GetSection(ReportFormsOptions.Section));
        services.AddScoped<ProgramFormLoader>();
        services.AddScoped<ReportFormService>();
        services.AddSingleton<HtmlReportRenderer>();
        services.AddSingleton<ReportFormStyles>();
        services.AddSingleton<XlsxReportRenderer>();
        services.AddSingleton<ChromiumPrinter>();
        services.AddSingleton<PdfReportRenderer>();
        services.AddSingleton<ChartPictures>();
        return services;
    }
}
