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
    public Task Csv(string code, CancellationToken ct) => WriteAsync(code, "csv", "text/csv; charset=utf-8", OpenDataFormats.CsvAsync, ct);

    [HttpGet("{code}.json")]
    public Task Json(string code, CancellationToken ct) => WriteAsync(code, "json", "application/json; charset=utf-8", OpenDataFormats.JsonAsync, ct);

    /// <summary>
    /// The file written to the response as its rows are read. The first row is read before anything is sent, so a database
    /// that cannot answer still gets the Russian error page; a failure later cuts the download (logged).
    /// </summary>
    private async Task WriteAsync(string code, string extension, string contentType,
        Func<Stream, OpenDataset, IAsyncEnumerable<object?[]>, CancellationToken, Task> write, CancellationToken ct)
    {
        if (OpenDatasets.Find(code) is not { } dataset)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await using var rows = dataset.RowsAsync(queries, ct).GetAsyncEnumerator(ct);
        var any = await rows.MoveNextAsync();
        Response.ContentType = contentType;
        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment"); // as File(…, name) writes it
        disposition.SetHttpFileName($"{dataset.Code}.{extension}");
        Response.Headers.ContentDisposition = disposition.ToString();
        await write(Response.Body, dataset, Rest(rows, any), ct);
    }

    private static async IAsyncEnumerable<object?[]> Rest(IAsyncEnumerator<object?[]> rows, bool any)
    {
        if (!any) yield break;
        do yield return rows.Current; while (await rows.MoveNextAsync());
    }
}
