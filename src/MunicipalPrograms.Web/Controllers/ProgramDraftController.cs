using Microsoft.AspNetCore.Mvc;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Controllers;

/// <summary>
/// The forms of a program's open draft (the initial project or an amendment): passport and text sections, subprograms,
/// goals and objectives, activities, indicator passports (Appendix 6), capital construction objects (Appendix 3) and
/// resource needs (Appendix 7). Each form replaces its part of the draft's plan and stores the whole plan through
/// <see cref="ProgramDraftService.SaveAsync"/> at the version the user opened. Everyone who sees the program reads
/// the same pages with the inputs disabled; only the draft's editors post (403 otherwise): the responsible executor, and a
/// co-executor for its own activities — what a post may change is checked once, by the save (<see cref="DraftRights"/>).
/// </summary>
[Route("Programs/{id:int}/Draft")]
public sealed class ProgramDraftController(DraftPageLoader pages, ProgramDraftService drafts, SameWordingCheck sameWording) : Controller
{
    private const string Saved = "Проект сохранен.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var page = await pages.LoadAsync(id, UserScope.From(User), ct);
        if (page is null) return NotFound();
        var basePlan = page.Draft is null ? null : await pages.BasePlanAsync(id, page.Draft, ct);
        return View(new DraftIndex(page, basePlan is null ? null : PlanDiff.Between(basePlan, page.Plan)));
    }

    [HttpGet("Passport")]
    public Task<IActionResult> Passport(int id, CancellationToken ct) =>
        ShowAsync(id, p => PassportForm.From(p.Plan.Passport, p.Version), ct);

    [HttpPost("Passport")]
    public Task<IActionResult> Passport(int id, PassportForm form, CancellationToken ct) =>
        SaveAsync(id, form.Version, form, (page, errors) =>
        {
            if (form.Read(page.DepartmentIds, page.ApprovedEndYear, errors) is not { } passport) return false;
            page.Plan.Passport = passport;
            return true;
        }, nameof(Passport), ct);

    [HttpGet("Subprograms")]
    public Task<IActionResult> Subprograms(int id, CancellationToken ct) => ShowAsync(id, p => SubprogramsForm.From(p.Plan, p.Version), ct);

    [HttpPost("Subprograms")]
    public Task<IActionResult> Subprograms(int id, SubprogramsForm form, CancellationToken ct) =>
        SaveAsync(id, form.Version, form, (page, errors) => form.ApplyTo(page.Plan, page.DepartmentIds, errors), nameof(Subprograms), ct);

    [HttpGet("Goals")]
    public Task<IActionResult> Goals(int id, CancellationToken ct) => ShowAsync(id, p => GoalsForm.From(p.Plan, p.Version), ct);

    [HttpPost("Goals")]
    public Task<IActionResult> Goals(int id, GoalsForm form, CancellationToken ct) =>
        SaveAsync(id, form.Version, form, (page, errors) => form.ApplyTo(page.Plan, errors), nameof(Goals), ct);

    [HttpGet("Activities")]
    public async Task<IActionResult> Activities(int id, CancellationToken ct)
    {
        var page = await pages.LoadAsync(id, UserScope.From(User), ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("Activities/New")]
    public Task<IActionResult> NewActivity(int id, int? parent, CancellationToken ct) =>
        ShowAsync(id, p => ActivityForm.New(p.Plan, parent, p.Version), ct, "Activity");

    [HttpGet("Activities/{key:int}")]
    public async Task<IActionResult> Activity(int id, int key, CancellationToken ct)
    {
        var page = await pages.LoadAsync(id, UserScope.From(User), ct);
        if (page is null) return NotFound();
        var activity = page.Plan.Activities.FirstOrDefault(a => a.Key == key);
        if (page.Draft is not null && activity is null) return NotFound();
        return View("Activity", new DraftFormPage<ActivityForm>(page, activity is null ? new ActivityForm() : ActivityForm.From(activity, page.Version)));
    }

    [HttpPost("Activities/Save")]
    public Task<IActionResult> SaveActivity(int id, ActivityForm form, CancellationToken ct) =>
        SaveAsync(id, form.Version, form, (page, errors) => ActivityEdits.Save(page.Plan, form, page.DepartmentIds, errors) is not null,
            nameof(Activities), ct, "Activity");

    [HttpPost("Activities/Move")]
    public Task<IActionResult> MoveActivity(int id, int key, string direction, uint version, CancellationToken ct) =>
        ListActionAsync(id, version, page => ActivityEdits.Move(page.Plan, key, direction == "up" ? -1 : 1) ? null : "", ct);

    [HttpPost("Activities/Remove")]
    public Task<IActionResult> RemoveActivity(int id, int key, uint version, CancellationToken ct) =>
        ListActionAsync(id, version, page => ActivityEdits.Remove(page.Plan, key), ct);

    [HttpGet("Passports")]
    public async Task<IActionResult> Passports(int id, CancellationToken ct)
    {
        var page = await pages.LoadAsync(id, UserScope.From(User), ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("Passports/{key:int}")]
    public async Task<IActionResult> IndicatorPassport(int id, int key, CancellationToken ct)
    {
        var page = await pages.LoadAsync(id, UserScope.From(User), ct);
        if (page?.Draft is null) return page is null ? NotFound() : RedirectToAction(nameof(Passports), new { id });
        return page.Plan.Indicators.FirstOrDefault(i => i.Key == key) is { } indicator
            ? View(new DraftFormPage<IndicatorPassportForm>(page, IndicatorPassportForm.From(indicator, page.Version)))
            : NotFound();
    }

    [HttpPost("Passports/Save")]
    public Task<IActionResult> SaveIndicatorPassport(int id, IndicatorPassportForm form, CancellationToken ct) =>
        SaveAsync(id, form.Version, form, (page, errors) => form.ApplyTo(page.Plan, errors), nameof(Passports), ct, nameof(IndicatorPassport));

    [HttpGet("CapitalObjects")]
    public Task<IActionResult> CapitalObjects(int id, CancellationToken ct) => ShowAsync(id, p => CapitalObjectsForm.From(p.Plan, p.Version), ct);

    [HttpPost("CapitalObjects")]
    public Task<IActionResult> CapitalObjects(int id, CapitalObjectsForm form, CancellationToken ct) =>
        SaveAsync(id, form.Version, form, (page, errors) => form.ApplyTo(page.Plan, errors), nameof(CapitalObjects), ct);

    [HttpGet("Resources")]
    public Task<IActionResult> Resources(int id, CancellationToken ct) => ShowAsync(id, p => ResourcesForm.From(p.Plan, p.Version), ct);

    [HttpPost("Resources")]
    public Task<IActionResult> Resources(int id, ResourcesForm form, CancellationToken ct) =>
        SaveAsync(id, form.Version, form, (page, errors) => form.ApplyTo(page.Plan, errors), nameof(Resources), ct);

    private async Task<IActionResult> ShowAsync<TForm>(int id, Func<DraftPage, TForm> form, CancellationToken ct, string? view = null)
    {
        var page = await pages.LoadAsync(id, UserScope.From(User), ct);
        if (page is null) return NotFound();
        return View(view ?? ControllerContext.ActionDescriptor.ActionName, new DraftFormPage<TForm>(page, form(page)));
    }

    /// <summary>
    /// The one way a form is saved: the plan is read from the draft as it is now, the form's part replaced, and the whole
    /// plan stored at the version the user opened. Anything refused shows the page again with the typed values.
    /// </summary>
    private async Task<IActionResult> SaveAsync<TForm>(int id, uint version, TForm form, Func<DraftPage, FormErrors, bool> apply,
        string back, CancellationToken ct, string? view = null)
    {
        var user = UserScope.From(User);
        var page = await pages.LoadAsync(id, user, ct);
        if (page?.Draft is null) return NotFound();
        if (!page.Rights.CanEditAnything && !page.UserMayEdit) return Forbid();
        var errors = new FormErrors();
        var result = apply(page, errors) ? await drafts.SaveAsync(id, version, page.Plan, user, ct) : new DraftResult(false, errors.All);
        if (result.Done)
        {
            TempData["Notice"] = Saved;
            if (await sameWording.WarningAsync(id, page.Plan, ct) is { } warning) TempData["Warning"] = warning;
            return RedirectToAction(back, new { id });
        }
        ModelState.Clear();
        foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
        Response.StatusCode = errors.Any ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        var shown = await pages.LoadAsync(id, user, ct) ?? page; // the page around the form as stored now; the form as typed
        return View(view ?? back, new DraftFormPage<TForm>(shown, form));
    }

    /// <summary>A button of the activity list: the change is applied and saved, or its message shown on the list.</summary>
    private async Task<IActionResult> ListActionAsync(int id, uint version, Func<DraftPage, string?> change, CancellationToken ct)
    {
        var user = UserScope.From(User);
        var page = await pages.LoadAsync(id, user, ct);
        if (page?.Draft is null) return NotFound();
        if (!page.Rights.CanEditAnything && !page.UserMayEdit) return Forbid();
        var refusal = change(page);
        if (refusal is null)
        {
            var result = await drafts.SaveAsync(id, version, page.Plan, user, ct);
            refusal = result.FirstError;
        }
        if (!string.IsNullOrEmpty(refusal)) TempData["Error"] = refusal;
        else if (refusal is null) TempData["Notice"] = Saved;
        return RedirectToAction(nameof(Activities), new { id });
    }
}
