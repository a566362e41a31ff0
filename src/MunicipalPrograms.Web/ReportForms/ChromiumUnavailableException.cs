namespace MunicipalPrograms.Web.ReportForms;

/// <summary>PDF cannot be printed on this server (no Chromium, or it failed to start or timed out).</summary>
public sealed class ChromiumUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
