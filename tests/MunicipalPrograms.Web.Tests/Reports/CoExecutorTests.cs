using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>A co-executor (отдел по культуре, executor of activities 4.1 and 4.2) fills in only its own part.</summary>
public sealed class CoExecutorTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Year = 2023;

    [Fact]
    public async Task The_co_executor_sees_inputs_only_for_its_activities_and_saves_them()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var (html, form) = await ReportPages.OpenAsync(client, id, Year);

        html.Should().NotContain("name=\"Indicators[0].Actual\"", "the program's indicators belong to the responsible executor");
        html.Should().NotContain("id=\"submit\"", "only the responsible executor submits");
        await using var db = portal.CreateDbContext();
        var own = await db.FundingLines.Where(f => f.ProgramId == id && f.Year == Year && db.Activities.Any(a => a.Id == f.ActivityId && a.Code == "4.1"))
            .Select(f => f.Id).FirstAsync();
        var k = Enumerable.Range(0, 100).First(i => form[$"Funding[{i}].LineId"] == own.ToString());
        form[$"Funding[{k}].LineId"].Should().NotBeNull();

        (await ReportPages.SaveAsync(client, id, Year, form.Set($"Funding[{k}].Actual", "101,5"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await db.FundingLines.Where(f => f.Id == own).Select(f => f.Actual).SingleAsync()).Should().Be(101.5m);
        (await db.AuditEntries.Where(e => e.Subject == AuditSubjects.FundingLine && e.SubjectId == own).Select(e => e.UserName).ToListAsync())
            .Should().Contain("kozh.culture");
    }

    [Fact]
    public async Task A_forged_post_of_someone_elses_indicator_is_refused_and_nothing_is_saved()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var (html, _) = await ReportPages.OpenAsync(client, id, Year);
        await using var db = portal.CreateDbContext();
        var value = await db.IndicatorValues.Where(v => v.Year == Year && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id && i.Code == "1.1"))
            .SingleAsync();

        var response = await client.PostFormAsync(ReportPages.Edit(id, Year), html, new()
        {
            ["Indicators[0].ValueId"] = value.Id.ToString(), ["Indicators[0].Version"] = value.Version.ToString(),
            ["Indicators[0].Actual"] = "99", ["Indicators[0].NotMeasured"] = "false",
        });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("этот показатель заполняет другой исполнитель.");
        await using var check = portal.CreateDbContext();
        (await check.IndicatorValues.Where(v => v.Id == value.Id).Select(v => v.Actual).SingleAsync()).Should().Be(value.Actual);
    }
}
