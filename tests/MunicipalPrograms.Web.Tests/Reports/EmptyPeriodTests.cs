using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// A period with nothing planned (no indicator with a plan, no funding line with money) says so in a sentence and
/// cannot be submitted — neither by its disabled button nor by a forged post. This class's own database takes the
/// plans of the Кожевниковский 2023 report away.
/// </summary>
public sealed class EmptyPeriodTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_period_with_nothing_planned_says_so_and_its_submission_is_refused()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        await using (var db = portal.CreateDbContext())
        {
            (await db.IndicatorValues.Where(v => v.Year == 2023 && v.Period == PeriodKind.Year && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id))
                .ExecuteUpdateAsync(v => v.SetProperty(x => x.Planned, (decimal?)null).SetProperty(x => x.PlannedUpper, (decimal?)null))).Should().BePositive();
            (await db.FundingLines.Where(f => f.ProgramId == id && f.Year == 2023 && f.Period == PeriodKind.Year)
                .ExecuteUpdateAsync(f => f.SetProperty(x => x.Planned, 0m))).Should().BePositive();
        }
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (page, _) = await ReportPages.OpenAsync(client, id, 2023);
        var html = WebUtility.HtmlDecode(page);
        html.Should().Contain("id=\"empty-period\"").And.Contain("Заполнено 0 из 0").And.Contain("Обязательных значений нет")
            .And.NotContain("Все обязательные значения заполнены");
        html.Should().MatchRegex("id=\"submit\" disabled");

        var submit = await client.PostFormAsync($"/Reports/Submit/{id}?year=2023&period=Year", page, []);
        submit.StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await client.GetStringAsync(ReportPages.Edit(id, 2023)))
            .Should().Contain("Отчет не представлен: на этот период не запланировано ни одного показателя");
        await using var check = portal.CreateDbContext();
        (await check.Reports.Where(r => r.ProgramId == id && r.Year == 2023 && r.Period == PeriodKind.Year).Select(r => r.Status).ToListAsync())
            .Should().NotContain(ReportStatus.Submitted);
    }
}
