using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.PublicSite;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>The public part without sign-in (ADR 0027): approved programs and accepted evaluations, read-only.</summary>
[AllowAnonymous]
[Route("public")]
public sealed class PublicController(PublicQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? m, CancellationToken ct) => View(await queries.RegistryAsync(m, ct));

    [HttpGet("programs/{id:int}")]
    public async Task<IActionResult> Program(int id, CancellationToken ct) =>
        await queries.ProgramAsync(id, ct) is { } program ? View(program) : NotFound();

    [HttpGet("evaluation/{id:int}")]
    public async Task<IActionResult> Evaluation(int id, int year, PeriodKind period = PeriodKind.Year, CancellationToken ct = default) =>
        await queries.EvaluationAsync(id, new ReportingPeriod(year, period), ct) is { } evaluation ? View(evaluation) : NotFound();
}
