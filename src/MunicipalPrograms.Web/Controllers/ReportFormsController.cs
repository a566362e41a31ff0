using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Queries;
using MunicipalPrograms.Web.ReportForms;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>
/// Every form in three outputs from one report model: /forms/programs/{id}/{form}[/xlsx|/pdf]
/// for the forms of one program, /forms/{form}[/xlsx|/pdf] for those over all programs.
/// </summary>
public sealed class ReportFormsController(
    ReportFormService forms, XlsxReportRenderer xlsx, ChartPictures charts, PdfReportRenderer pdf, ProgramQueries programs, TimeProvider clock,
    ILogger<ReportFormsController> log) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("forms/programs/{id:int}/{form}/{format?}")]
    public async Task<IActionResult> Program(int id, string form, string? format, int? year, PeriodKind? period, CancellationToken ct)
    {
        if (FormRegistry.Find(form) is not ProgramFormDefinition definition) return NotFound();
        if (!await programs.IsVisibleAsync(id, UserScope.From(User), ct)) return NotFound(); // a foreign program is not there
        var selected = new ReportingPeriod(year ?? await programs.DefaultYearAsync(id, ReportingPeriod.CampaignOn(clock.Today()).Year, ct), period ?? PeriodKind.Year);
        if (!definition.IsFor(selected.Kind)) return NotFound(); // the annual report is not made for a half-year
        var document = await forms.ProgramFormAsync(definition, id, selected, ct);
        if (document is null) return NotFound();
        var query = definition.HasYear ? $"?year={selected.Year}" + (selected.Kind == PeriodKind.Year ? "" : $"&period={selected.Kind}") : "";
        return await RespondAsync(document, format, $"/forms/programs/{id}/{form}", query, $"/Programs/Details/{id}", ct);
    }

    /// <summary>Forms over all programs (registry, consolidated report): the finance department's and viewers'.</summary>
    [HttpGet("forms/{form}/{format?}")]
    [Authorize(Roles = FormAccess.AllProgramsRoles)]
    public async Task<IActionResult> AllPrograms(string form, string? format, int? year, PeriodKind? period, string? m, CancellationToken ct)
    {
        // A user bound to one municipality sees only its programs, whatever the address says.
        if (UserScope.From(User).MunicipalityId is { } own) m = await programs.MunicipalityCodeAsync(own, ct);
        var definition = FormRegistry.Find(form);
        if (definition is not { Scope: FormScope.AllPrograms }) return NotFound();
        var selected = new ReportingPeriod(year ?? await programs.DefaultYearAsync(null, ReportingPeriod.CampaignOn(clock.Today()).Year, ct), period ?? PeriodKind.Year);
        var document = await forms.AllProgramsFormAsync(definition, selected, m, ct);
        var query = string.Join("&", new[] { definition.HasYear ? $"year={selected.Year}" : null, string.IsNullOrEmpty(m) ? null : $"m={Uri.EscapeDataString(m)}" }.Where(q => q is not null));
        return await RespondAsync(document, format, $"/forms/{form}", query.Length > 0 ? "?" + query : "", "/Evaluation", ct);
    }

    private async Task<IActionResult> RespondAsync(ReportDocument document, string? format, string basePath, string query, string back, CancellationToken ct)
    {
        switch (format?.ToLowerInvariant())
        {
            case null or "" or "html":
                return View("Document", new ReportView(document, ForPrint: false, $"{basePath}/xlsx{query}", $"{basePath}/pdf{query}", back));
            case "xlsx":
                return File(xlsx.Render(document, await charts.OfAsync(document, ct)), XlsxType, FormFileName.For(document, "xlsx"));
            case "pdf":
                try
                {
                    return File(await pdf.RenderAsync(document, ct), "application/pdf", FormFileName.For(document, "pdf"));
                }
                catch (ChromiumUnavailableException e)
                {
                    log.LogWarning("PDF of {Form} not produced: {Reason}", document.FormCode, e.Message);
                    Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return View("PdfUnavailable", (e.Message, $"{basePath}/xlsx{query}", $"{basePath}{query}"));
                }
            default:
                return NotFound();
        }
    }
}
