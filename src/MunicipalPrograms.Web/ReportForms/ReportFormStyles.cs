namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// The report forms' stylesheets, wwwroot/css/report-form.css and the charts' chart.css. The screen links them (the Content-Security-Policy
/// allows no inline style, ADR 0023); the HTML handed to the PDF printer has it inlined instead, because Chromium
/// loads that HTML with SetContent — no server to fetch from, and never served, so no policy applies to it.
/// </summary>
public sealed class ReportFormStyles(IWebHostEnvironment environment)
{
    public const string WebPath = "css/report-form.css";
    public const string ChartPath = "css/chart.css";

    private readonly Lazy<string> text = new(() => string.Join("\n", new[] { WebPath, ChartPath }.Select(path =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists) throw new InvalidOperationException($"wwwroot/{path} is missing.");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    })));

    /// <summary>The stylesheets' text, read once.</summary>
    public string Text => text.Value;
}
