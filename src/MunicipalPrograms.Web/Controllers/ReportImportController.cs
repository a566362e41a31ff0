using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.ReportEntry;
using MunicipalPrograms.Web.Spreadsheets;
using MunicipalPrograms.Web.Spreadsheets.ReportActuals;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>What the upload pages show: the report, and what became of the file (nothing yet on the first visit).</summary>
public sealed record ImportPage(int ProgramId, ReportingPeriod Period, string Caption, ImportResult? Result = null, string? FileName = null, string? Content = null);

/// <summary>
/// The report's Excel round trip: download the actuals template, upload it filled in, see what will change, apply.
/// The file travels from the preview to «Применить» inside the page (nothing is kept on the server), and is checked
/// again in full when applied.
/// </summary>
[RequestSizeLimit(UploadedFile.MaxRequest)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadedFile.MaxRequest, ValueLengthLimit = UploadedFile.MaxRequest)]
public sealed class ReportImportController(ActualsImportService import) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Template(int id, int year, PeriodKind period = PeriodKind.Year, CancellationToken ct = default)
    {
        var (access, bytes, name) = await import.TemplateAsync(id, new ReportingPeriod(year, period), UserScope.From(User), ct);
        if (access != ReportAccess.Allowed) return Refusal(access);
        return File(bytes!, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    [HttpGet]
    public async Task<IActionResult> Index(int id, int year, PeriodKind period = PeriodKind.Year, CancellationToken ct = default)
    {
        var reportingPeriod = new ReportingPeriod(year, period);
        var (access, caption) = await import.CaptionAsync(id, reportingPeriod, UserScope.From(User), ct);
        return access == ReportAccess.Allowed ? View(new ImportPage(id, reportingPeriod, caption!)) : Refusal(access);
    }

    [HttpPost]
    [ActionName(nameof(Index))]
    public async Task<IActionResult> Upload(int id, int year, PeriodKind period, IFormFile? file, CancellationToken ct)
    {
        var reportingPeriod = new ReportingPeriod(year, period);
        var (access, caption) = await import.CaptionAsync(id, reportingPeriod, UserScope.From(User), ct);
        if (access != ReportAccess.Allowed) return Refusal(access);
        if (UploadedFile.RefusalOf(file) is { } refusal)
            return Failed(new ImportPage(id, reportingPeriod, caption!, new ImportResult { Refusal = refusal }, file?.FileName));
        var bytes = await UploadedFile.ReadAsync(file!, ct); // RefusalOf has checked it is there
        var result = await import.UploadAsync(id, reportingPeriod, UserScope.From(User), bytes, file!.FileName, apply: false, ct);
        var page = new ImportPage(id, reportingPeriod, caption!, result, UploadedFile.NameOf(file.FileName), Convert.ToBase64String(bytes));
        return result.Ok ? View("Preview", page) : Failed(page);
    }

    [HttpPost]
    public async Task<IActionResult> Apply(int id, int year, PeriodKind period, string? content, string? fileName, CancellationToken ct)
    {
        var reportingPeriod = new ReportingPeriod(year, period);
        var (access, caption) = await import.CaptionAsync(id, reportingPeriod, UserScope.From(User), ct);
        if (access != ReportAccess.Allowed) return Refusal(access);
        var bytes = UploadedFile.Decode(content);
        if (bytes is null)
            return Failed(new ImportPage(id, reportingPeriod, caption!, new ImportResult { Refusal = UploadedFile.NotReceived }));
        var name = UploadedFile.NameOf(fileName);
        var result = await import.UploadAsync(id, reportingPeriod, UserScope.From(User), bytes, name, apply: true, ct);
        if (!result.Applied) return Failed(new ImportPage(id, reportingPeriod, caption!, result, name));
        TempData["Notice"] = result.Changes.Count == 0 ? "В файле нет изменений: ничего не загружено."
            : $"Загружено из файла «{name}». Изменено значений: {result.Changes.Count}. Индексы пересчитаны.";
        return RedirectToAction(nameof(ReportsController.Edit), "Reports", new { id, year, period });
    }

    private ViewResult Failed(ImportPage page)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), page);
    }



    private IActionResult Refusal(ReportAccess access) => access == ReportAccess.NotFound ? NotFound() : Forbid();
}
