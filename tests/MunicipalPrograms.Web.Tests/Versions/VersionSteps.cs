using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Versions;

/// <summary>The steps of the draft workflow as a browser takes them (forms of the program page) and the draft edited through the service.</summary>
internal static class VersionSteps
{
    public static string Details(int id) => $"/Programs/Details/{id}";

    /// <summary>
    /// Posts a workflow form of the program page with the antiforgery token of that form (as a browser would: a form
    /// without its token fails); when the page does not offer the form (a refused user), with the page's token.
    /// The response is returned as is (no redirects followed).
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string action, Dictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(Details(id));
        var formId = action.Replace("Draft/", "").ToLowerInvariant() + "-form";
        var values = fields ?? [];
        if (html.Contains($"id=\"{formId}\"", StringComparison.Ordinal))
        {
            values["__RequestVerificationToken"] = HtmlForm.Parse(html, formId)["__RequestVerificationToken"]
                ?? throw new InvalidOperationException($"The form #{formId} has no antiforgery token.");
            return await client.PostAsync($"/Programs/{id}/{action}", new FormUrlEncodedContent(values));
        }
        return await client.PostFormAsync($"/Programs/{id}/{action}", html, values);
    }

    /// <summary>A refused step: the panel page with the messages, decoded.</summary>
    public static async Task<string> RefusedAsync(HttpClient client, int id, string action, Dictionary<string, string>? fields = null)
    {
        var response = await PostAsync(client, id, action, fields);
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public static async Task DoneAsync(HttpClient client, int id, string action, Dictionary<string, string>? fields = null)
    {
        var response = await PostAsync(client, id, action, fields);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The responsible executor of the program as the draft service sees them.</summary>
    public static async Task<UserScope> ExecutorAsync(PortalFactory portal, int id, string userName)
    {
        await using var db = portal.CreateDbContext();
        var p = await db.Programs.Where(x => x.Id == id).Select(x => new { x.ResponsibleExecutorId, x.MunicipalityId }).SingleAsync();
        return new UserScope(userName, Roles.Executor, p.ResponsibleExecutorId, p.MunicipalityId);
    }

    /// <summary>Edits the open draft's plan through <see cref="ProgramDraftService.SaveAsync"/>, as the draft screens do.</summary>
    public static Task EditDraftAsync(PortalFactory portal, int id, UserScope user, Action<ProgramPlan> edit) =>
        portal.WithScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<ProgramDraftService>();
            var draft = (await service.DraftOfAsync(id, default))!;
            var plan = draft.Plan();
            edit(plan);
            var result = await service.SaveAsync(id, draft.Version, plan, user, default);
            result.Done.Should().BeTrue(result.FirstError);
            return 0;
        });

    public static void SetFunding(ProgramPlan plan, string activityCode, int year, decimal planned)
    {
        var key = plan.Activities.Single(a => a.Code == activityCode).Key;
        plan.Funding.Single(f => f.ActivityKey == key && f.Year == year && f.Period == PeriodKind.Year && f.Source == FundingSource.Local).Planned = planned;
    }

    public static void SetPlanned(ProgramPlan plan, string indicatorCode, int year, decimal planned) =>
        plan.Indicators.Single(i => i.Code == indicatorCode).PlanFor(ReportingPeriod.AnnualOf(year))!.Planned = planned;

    public static Dictionary<string, string> Act(string date, string number, string? effectiveFrom = null, string issuer = "Администрации Кожевниковского района") => new()
    {
        ["Act.Kind"] = "Постановление", ["Act.Issuer"] = issuer, ["Act.Date"] = date, ["Act.Number"] = number,
        ["Act.Title"] = "О внесении изменений", ["Act.EffectiveFrom"] = effectiveFrom ?? "", ["Act.Summary"] = "Уточнены план и финансирование",
    };
}
