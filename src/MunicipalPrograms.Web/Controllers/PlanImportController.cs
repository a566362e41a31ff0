using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.ProgramEditing.Grids;
using MunicipalPrograms.Web.Spreadsheets;
using MunicipalPrograms.Web.Spreadsheets.ProgramPlan;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>What the plan upload pages show: the draft's grids context, and what became of the file.</summary>
public sealed record PlanImportPage(GridContext Context, ImportResult? Result = null, string? FileName = null, string? Content = null)
{
    public int ProgramId => Context.Program.Id;
}

/// <summary>
/// The draft plan's Excel round trip: download the plan template, upload it filled in, see what will change, apply.
/// As for the report, the file travels from the preview to «Применить» inside the page and is checked again in full.
/// </summary>
[Route("Programs/{id:int}/Draft/Excel")]
[RequestSizeLimit(UploadedFile.MaxRequest)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadedFile.MaxRequest, ValueLengthLimit = UploadedFile.MaxRequest)]
public sealed class PlanImportController(PlanImportService import) : Controller
{
    [HttpGet("Template")]
    public async Task<IActionResult> Template(int id, int? interim, CancellationToken ct)
    {
        var context = await import.ContextAsync(id, UserScope.From(User), ct);
        if (context is null) return NotFound();
        if (!PlanImportService.MayUpload(context)) return Forbid();
        var (bytes, name) = import.Template(context, interim);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var context = await import.ContextAsync(id, UserScope.From(User), ct);
        return context is null ? NotFound() : View(new PlanImportPage(context));
    }

    [HttpPost("")]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var user = UserScope.From(User);
        var context = await import.ContextAsync(id, user, ct);
        if (context is null) return NotFound();
        if (IsReader(context)) return Forbid();
        if (UploadedFile.RefusalOf(file) is { } refusal)
            return Failed(new PlanImportPage(context, new ImportResult { Refusal = refusal }, file?.FileName));
        var bytes = await UploadedFile.ReadAsync(file!, ct); // RefusalOf has checked it is there
        var result = await import.UploadAsync(context, user, bytes, file!.FileName, apply: false, ct);
        var page = new PlanImportPage(context, result, UploadedFile.NameOf(file.FileName), Convert.ToBase64String(bytes));
        return result.Ok ? View("Preview", page) : Failed(page);
    }

    [HttpPost("Apply")]
    public async Task<IActionResult> Apply(int id, string? content, string? fileName, CancellationToken ct)
    {
        var user = UserScope.From(User);
        var context = await import.ContextAsync(id, user, ct);
        if (context is null) return NotFound();
        if (IsReader(context)) return Forbid();
        var bytes = UploadedFile.Decode(content);
        if (bytes is null) return Failed(new PlanImportPage(context, new ImportResult { Refusal = UploadedFile.NotReceived }));
        var name = UploadedFile.NameOf(fileName);
        var result = await import.UploadAsync(context, user, bytes, name, apply: true, ct);
        if (!result.Ok) return Failed(new PlanImportPage(context, result, name));
        TempData["Notice"] = result.Changes.Count == 0 ? "В файле нет изменений: ничего не загружено."
            : $"Загружено из файла «{name}». Изменено значений: {result.Changes.Count}.";
        return RedirectToAction(nameof(PlanGridController.Funding), "PlanGrid", new { id });
    }

    /// <summary>As the grids' posts: a reader's upload is refused (403), not checked; without a draft the page says one comes first.</summary>
    private static bool IsReader(GridContext context) => context.Draft is not null && !PlanImportService.MayUpload(context);

    private ViewResult Failed(PlanImportPage page)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), page);
    }
}
