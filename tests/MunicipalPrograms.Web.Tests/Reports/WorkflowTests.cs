using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// The whole campaign on the Алексин 2024 report (accepted in the demo data): Finance reopens it, the
/// executor cannot submit while deviation reasons are missing, submits, gets it back with a reason,
/// resubmits, Finance accepts, and the report is locked. Only statuses and texts change, not values.
/// </summary>
public sealed class WorkflowTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<ReportStatus> StatusAsync(int id)
    {
        await using var db = portal.CreateDbContext();
        return await db.Reports.Where(r => r.ProgramId == id && r.Year == 2024).Select(r => r.Status).SingleAsync();
    }

    private static async Task<string> ActAsync(HttpClient client, int id, string action, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(ReportPages.Edit(id, 2024));
        var response = await client.PostFormAsync($"/{action}/{id}?year=2024&period=Year", page, fields ?? []);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return WebUtility.HtmlDecode(await client.GetStringAsync(ReportPages.Edit(id, 2024)));
    }

    [Fact]
    public async Task A_report_goes_from_reopened_through_returned_to_accepted_and_is_locked()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var executor = await portal.SignInAsync("aleksin.uorio", followRedirects: false);

        (await ActAsync(finance, id, "Review/Reopen")).Should().Contain("Укажите, почему принятый отчет открывается");
        (await StatusAsync(id)).Should().Be(ReportStatus.Accepted);
        await ActAsync(finance, id, "Review/Reopen", new() { ["reason"] = "Уточнить обоснования отклонений" });
        (await StatusAsync(id)).Should().Be(ReportStatus.Returned);

        await FillMissingReasonsAsync(executor, id);
        (await ActAsync(executor, id, "Reports/Submit")).Should().Contain("Отчет представлен");
        (await StatusAsync(id)).Should().Be(ReportStatus.Submitted);
        var (_, locked) = await ReportPages.OpenAsync(executor, id, 2024);
        locked.Should().NotBeNull();
        (await executor.GetStringAsync(ReportPages.Edit(id, 2024))).Should().NotContain("id=\"save\"", "a submitted report is not editable");

        (await ActAsync(finance, id, "Review/Return", new() { ["reason"] = "" })).Should().Contain("Укажите причину возврата");
        await ActAsync(finance, id, "Review/Return", new() { ["reason"] = "Нет подписи руководителя" });
        (await StatusAsync(id)).Should().Be(ReportStatus.Returned);
        WebUtility.HtmlDecode(await executor.GetStringAsync("/Reports?year=2024")).Should().Contain("Возвращен: Нет подписи руководителя");
        (await executor.GetStringAsync(ReportPages.Edit(id, 2024))).Should().Contain("Нет подписи руководителя");

        await ActAsync(executor, id, "Reports/Submit");
        await ActAsync(finance, id, "Review/Accept");
        (await StatusAsync(id)).Should().Be(ReportStatus.Accepted);

        var (html, form) = await ReportPages.OpenAsync(finance, id, 2024);
        html.Should().NotContain("id=\"save\"");
        var executorPage = await executor.GetStringAsync(ReportPages.Edit(id, 2024));
        (await executor.PostFormAsync(ReportPages.Edit(id, 2024), executorPage, [])).StatusCode.Should().Be(HttpStatusCode.Forbidden, "an accepted report is locked");
        form.Should().NotBeNull();

        await using var db = portal.CreateDbContext();
        var statuses = await db.AuditEntries.Where(e => e.ProgramId == id && e.Subject == AuditSubjects.Report && e.Field == "Статус")
            .OrderBy(e => e.Id).Select(e => e.OldValue + " → " + e.NewValue + " (" + e.UserName + ")").ToListAsync();
        statuses.Should().Equal(
            "принят → возвращен на доработку (finance)", "возвращен на доработку → представлен (aleksin.uorio)",
            "представлен → возвращен на доработку (finance)", "возвращен на доработку → представлен (aleksin.uorio)",
            "представлен → принят (finance)");
    }

    /// <summary>Submission is refused while a plan is missed without a reason; the executor writes them.</summary>
    private async Task FillMissingReasonsAsync(HttpClient executor, int id)
    {
        var (page, form) = await ReportPages.OpenAsync(executor, id, 2024);
        var missing = System.Text.RegularExpressions.Regex.Matches(page, "href=\"#ind-(\\d+)-reason\"").Select(m => m.Groups[1].Value).ToList();
        if (missing.Count == 0) return;
        (await ActAsync(executor, id, "Reports/Submit")).Should().Contain("Отчет не заполнен");
        (await StatusAsync(id)).Should().Be(ReportStatus.Returned);
        for (var k = 0; form[$"Indicators[{k}].ValueId"] is { } valueId; k++)
            if (missing.Contains(valueId)) form.Set($"Indicators[{k}].DeviationReason", "Обоснование внесено при доработке отчета");
        (await ReportPages.SaveAsync(executor, id, 2024, form)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
