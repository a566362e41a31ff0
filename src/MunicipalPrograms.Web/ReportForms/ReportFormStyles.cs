namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// The report forms' stylesheet, wwwroot/css/report-form.css. The screen links it (the Content-Security-Policy
/// allows no inline style, ADR 0023); the HTML handed to the PDF printer has it inlined instead, because Chromium
/// loads that HTML with SetContent — no server to fetch from, and never served, so no policy applies to it.
/// </summary>
public sealed class ReportFormStyles(IWebHostEnvironment environment)
{
    public const string WebPath = "css/report-form.css";

    private readonly Lazy<string> text = new(() =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo(WebPath);
        if (!file.Exists) throw new InvalidOperationException($"wwwroot/{WebPath} is missing.");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    });

    /// <summary>The stylesheet's text, read once.</summary>
    public string Text => text.Value;
}
