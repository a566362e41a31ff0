namespace MunicipalPrograms.Web.ReportForms;

/// <summary>Configuration section "ReportForms".</summary>
public sealed class ReportFormsOptions
{
    public const string Section = "ReportForms";

    /// <summary>Chromium executable; when empty, MP_CHROMIUM_PATH and the usual system paths are tried.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>Longest time one PDF may take (its turn, a launch and the print) before the user gets the 503 page
    /// instead of a hung request; the browser is then recycled.</summary>
    public int PdfTimeoutSeconds { get; set; } = 30;

    /// <summary>Pages printed at once in the one shared browser (the machine has few cores).</summary>
    public int MaxConcurrentPdfs { get; set; } = 2;
}
