using System.Globalization;
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
        // Seed 002, Appendix 2 (lines 1257–1320): of the department's activities only 4.1 «Печатные СМИ» has money in 2023 (2600,0 тыс. руб.).
        var own = await db.FundingLines.Where(f => f.ProgramId == id && f.Year == Year && db.Activities.Any(a => a.Id == f.ActivityId && a.Code == "4.1"))
            .Select(f => f.Id).SingleAsync();
        var activities = await db.Activities.Where(a => a.ProgramId == id && (a.Code == "4.1" || a.Code == "4.2")).Select(a => a.Id).ToListAsync();
        Fields(form, "Funding", "LineId").Should().Equal(own.ToString(CultureInfo.InvariantCulture));
        Fields(form, "Activities", "ActivityId").Should().BeEquivalentTo(activities.Select(a => a.ToString(CultureInfo.InvariantCulture)));

        (await ReportPages.SaveAsync(client, id, Year, form.Set("Funding[0].Actual", "101,5"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await db.FundingLines.Where(f => f.Id == own).Select(f => f.Actual).SingleAsync()).Should().Be(101.5m);
        (await db.AuditEntries.Where(e => e.Subject == AuditSubjects.FundingLine && e.SubjectId == own).Select(e => e.UserName).ToListAsync())
            .Should().Contain("kozh.culture");
    }

    /// <summary>The values of the posted list's field (List[0].Field, List[1].Field, … up to the first gap).</summary>
    private static List<string> Fields(HtmlForm form, string list, string field)
    {
        var values = new List<string>();
        for (var k = 0; form[$"{list}[{k}].{field}"] is { } value; k++) values.Add(value);
        return values;
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
