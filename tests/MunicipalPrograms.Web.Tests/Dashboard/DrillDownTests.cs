using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ReportForms;

namespace MunicipalPrograms.Web.Tests.Dashboard;

/// <summary>Every level of the drill-down shows the indices the evaluation service computes for the same program and period.</summary>
public sealed partial class DrillDownTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The page's rows of one level: code → (Ip, Iэ) or, for indicators, (plan, fact, S) as printed.</summary>
    private static List<(string Code, Dictionary<string, string> Cells)> Rows(string html, string level) =>
        RowRegex().Matches(html).Where(m => m.Groups[1].Value == level)
            .Select(m => (WebUtility.HtmlDecode(m.Groups[2].Value),
                CellRegex().Matches(m.Groups[3].Value).ToDictionary(c => c.Groups[1].Value, c => WebUtility.HtmlDecode(c.Groups[2].Value))))
            .ToList();

    [Theory]
    [InlineData(Forms.Aleksin, 2024)]
    [InlineData(Forms.Kedrovy, 2021)]
    public async Task Every_level_shows_the_evaluation_services_indices(string registryCode, int year)
    {
        var id = await portal.ProgramIdAsync(registryCode);
        var result = await portal.WithScopeAsync(sp => sp.GetRequiredService<EvaluationService>().ForProgramAsync(id, ReportingPeriod.AnnualOf(year)));
        var e = result!.Evaluation;
        var client = await portal.SignInAsync("finance");

        var html = await client.GetStringAsync($"/Dashboard/Program/{id}?year={year}&period=Year");

        var program = Rows(html, "Program").Single();
        program.Cells["ip"].Should().Be(RuFormat.Index(e.Program.ResultIndex));
        program.Cells["ie"].Should().Be(RuFormat.Index(e.Program.EfficiencyIndex));
        Rows(html, "Subprogram").Select(r => (r.Cells["ip"], r.Cells["ie"]))
            .Should().Equal(e.Subprograms.Select(s => (RuFormat.Index(s.Evaluation.ResultIndex), RuFormat.Index(s.Evaluation.EfficiencyIndex))));
        Rows(html, "MainActivity").Select(r => (r.Code, r.Cells["ip"], r.Cells["ie"]))
            .Should().Equal(e.Activities.Select(a => (a.Code, RuFormat.Index(a.Evaluation.ResultIndex), RuFormat.Index(a.Evaluation.EfficiencyIndex))));
        // Every indicator of the program is shown once, with its plan, fact and S as the program's evaluation scored it.
        var indicators = Rows(html, "Indicator");
        indicators.Should().HaveCount(e.Program.Indicators.Count);
        indicators.Select(r => (r.Cells["plan"], r.Cells["fact"], r.Cells["s"])).Should().BeEquivalentTo(
            e.Program.Indicators.Select(s => (RuFormat.Number(s.Input.Planned), RuFormat.Number(s.Input.Actual), RuFormat.Index(s.S))));
    }

    [Fact]
    public async Task A_program_the_user_does_not_see_is_not_found()
    {
        var client = await portal.SignInAsync("finance");

        var response = await client.GetAsync("/Dashboard/Program/999999?year=2024");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("<tr class=\"drill-row[^\"]*\" data-level=\"(\\w+)\" data-code=\"([^\"]*)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRegex();

    [GeneratedRegex("data-index=\"(\\w+)\">([^<]*)<")]
    private static partial Regex CellRegex();
}
