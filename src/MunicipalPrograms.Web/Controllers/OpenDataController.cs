using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.OpenData;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>Открытые данные (ADR 0027): the datasets with their fields, each as CSV and JSON, without sign-in.</summary>
[AllowAnonymous]
[Route("open-data")]
public sealed class OpenDataController(OpenDataQueries queries) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(OpenDatasets.All);

    [HttpGet("{code}.csv")]
    public Task<IActionResult> Csv(string code, CancellationToken ct) =>
        FileAsync(code, "csv", "text/csv; charset=utf-8", OpenDataFormats.Csv, ct);

    [HttpGet("{code}.json")]
    public Task<IActionResult> Json(string code, CancellationToken ct) =>
        FileAsync(code, "json", "application/json; charset=utf-8", OpenDataFormats.Json, ct);

    private async Task<IActionResult> FileAsync(string code, string extension, string contentType,
        Func<OpenDataset, List<object?[]>, byte[]> write, CancellationToken ct)
    {
        if (OpenDatasets.Find(code) is not { } dataset) return NotFound();
        var rows = await dataset.RowsAsync(queries, ct);
        return File(write(dataset, rows), contentType, $"{dataset.Code}.{extension}");
    }
}
