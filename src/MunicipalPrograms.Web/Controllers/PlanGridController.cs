using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.ProgramEditing.Grids;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>The plan grids of a program's draft: planned values of the indicators by year, and funding by activity × source × year.</summary>
[Route("Programs/{id:int}/Draft")]
public sealed class PlanGridController(PlanGridService grids, ProgramDraftService drafts, SameWordingCheck sameWording) : Controller
{
    [HttpGet("Indicators")]
    public async Task<IActionResult> Indicators(int id, int? interim, CancellationToken ct)
    {
        var context = await grids.LoadAsync(id, UserScope.From(User), ct);
        if (context is null) return NotFound();
        var form = context.Plan is null ? new IndicatorGridForm() : IndicatorGridForm.From(context.Plan, context.Draft!.Version, interim);
        return await IndicatorsView(context, form, ct);
    }

    [HttpPost("Indicators")]
    public async Task<IActionResult> Indicators(int id, IndicatorGridForm form, CancellationToken ct)
    {
        var user = UserScope.From(User);
        var context = await grids.LoadAsync(id, user, ct);
        if (context is null) return NotFound();
        if (!(context.CanEdit || context.Rights.CanEditAnything) || context.Plan is null) return Forbid();
        var plan = context.Plan;
        // A Rows.Index token without fields of its own binds to no row (a null in the list): a forged row, dropped.
        form.Rows.RemoveAll(r => r is null);
        var dropped = plan.Indicators.Select(i => i.Key).Except(form.Rows.Select(r => r.Key)).ToHashSet();
        var errors = IndicatorGridReader.Apply(plan, form, context.Years);
        if (await SaveAsync(id, form.DraftVersion, plan, errors, user, ct))
        {
            var withFacts = (await grids.IndicatorsWithFactsAsync(id, ct)).Intersect(dropped).ToList();
            if (withFacts.Count > 0)
                TempData["Warning"] = string.Join("\n", new[] { $"Исключены показатели с фактическими значениями в отчетах ({withFacts.Count}): "
                    + "утверждение такого проекта будет отклонено.", TempData["Warning"] as string }.OfType<string>());
            return RedirectToAction(nameof(Indicators), new { id, interim = form.InterimYear });
        }
        return await IndicatorsView(context, form, ct);
    }

    [HttpGet("Funding")]
    public async Task<IActionResult> Funding(int id, bool all, CancellationToken ct)
    {
        var context = await grids.LoadAsync(id, UserScope.From(User), ct);
        if (context is null) return NotFound();
        var form = context.Plan is null ? new FundingGridForm() : FundingGridForm.From(context.Plan, context.Draft!.Version, all);
        return FundingView(context, form);
    }

    [HttpPost("Funding")]
    public async Task<IActionResult> Funding(int id, FundingGridForm form, CancellationToken ct)
    {
        var user = UserScope.From(User);
        var context = await grids.LoadAsync(id, user, ct);
        if (context is null) return NotFound();
        if (!(context.CanEdit || context.Rights.CanEditAnything) || context.Plan is null) return Forbid();
        var plan = context.Plan;
        var errors = FundingGridReader.Apply(plan, form, context.Years);
        if (await SaveAsync(id, form.DraftVersion, plan, errors, user, ct)) return RedirectToAction(nameof(Funding), new { id, all = form.AllSources });
        return FundingView(context, form);
    }

    private async Task<bool> SaveAsync(int id, uint version, Domain.Plans.ProgramPlan plan, List<KeyValuePair<string, string>> errors, UserScope user,
        CancellationToken ct)
    {
        if (errors.Count == 0 && ModelState.IsValid)
        {
            var result = await drafts.SaveAsync(id, version, plan, user, ct);
            if (result.Done)
            {
                TempData["Notice"] = "Сохранено.";
                if (await sameWording.WarningAsync(id, plan, ct) is { } warning) TempData["Warning"] = warning;
                return true;
            }
            errors.AddRange(result.Errors);
        }
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
            // A year outside the period has no cell on the page: its message goes to the top as well.
            if (message.Contains(GridMessages.OutsidePeriod, StringComparison.Ordinal)) ModelState.AddModelError("", message);
        }
        return false;
    }

    private async Task<IActionResult> IndicatorsView(GridContext context, IndicatorGridForm form, CancellationToken ct)
    {
        ViewBag.Context = context;
        ViewBag.WithFacts = await grids.IndicatorsWithFactsAsync(context.Program.Id, ct);
        return View("Indicators", form);
    }

    private ViewResult FundingView(GridContext context, FundingGridForm form)
    {
        ViewBag.Context = context;
        var grid = context.Plan is null ? null : FundingGrid.Build(context.Plan, context.Years, context.Program.Municipality!.BudgetNames, form);
        return View("Funding", grid);
    }
}
