using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ReportForms;

namespace MunicipalPrograms.Web.Tests.Dashboard;

/// <summary>
/// The charts on the pages (issue 12, ADR 0030): each is an SVG with role="img" and its numbers in a table. The expected
/// numbers come from the demo's worked example (docs/methodology.md § 13: Алексин 2024) or the test's own programs.
/// </summary>
public sealed partial class ChartPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The chart's table: category → its cells as printed (no-break spaces as plain ones).</summary>
    private static Dictionary<string, string[]> ChartTable(string html, string id)
    {
        var figure = FigureRegex().Matches(html).Single(m => m.Groups[1].Value == id).Groups[2].Value;
        figure.Should().Contain("role=\"img\"").And.Contain("<table");
        return RowRegex().Matches(figure).ToDictionary(m => Plain(m.Groups[1].Value),
            m => CellRegex().Matches(m.Groups[2].Value).Select(c => Plain(c.Groups[1].Value)).ToArray());
    }

    private static string Plain(string html) => WebUtility.HtmlDecode(html).Replace('\u00A0', ' ').Trim();

    [Fact]
    public async Task The_dashboard_charts_grades_funding_and_the_largest_shortfalls_of_the_programs_shown()
    {
        // Plan 100 each; facts 40, 80, 100, 120: S = 0,4, 0,8, 1, 1,2 → two shortfalls, 40,0 % first.
        var (dept, _) = await DashboardPages.GenerateAsync(portal, "CH1", (null, 40m, null), (null, 80m, null), (null, 100m, null), (null, 120m, null));
        var client = await portal.SignInAsync("finance");

        var html = await client.GetStringAsync($"/Dashboard?year=2025&period=Year&dept={dept}");

        var shortfalls = ChartTable(html, "chart-shortfalls");
        shortfalls.Keys.Should().Equal("CH1-01: 1 Показатель", "CH1-02: 1 Показатель");
        shortfalls["CH1-01: 1 Показатель"].Should().Equal("100", "40", "40,0 %");
        shortfalls["CH1-02: 1 Показатель"].Should().Equal("100", "80", "80,0 %");
        var grades = ChartTable(html, "chart-grades");
        grades.Values.Sum(v => int.Parse(v[0], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(4);
        html.Should().Contain("href=\"/Dashboard/Trends?m=&amp;period=Year\"");
    }

    [Fact]
    public async Task The_funding_chart_sums_plan_and_cash_execution_by_source()
    {
        var client = await portal.SignInAsync("finance");

        var html = await client.GetStringAsync($"/Dashboard?year=2024&period=Year&m=aleksin&q={Forms.Aleksin}");

        // docs/methodology.md § 13: regional 1 106 000,00 / 1 106 000,00; local 9 526 100,00 / 9 484 548,91 (рубли).
        var funding = ChartTable(html, "chart-funding");
        funding["бюджет субъекта Российской Федерации"].Should().Equal("1 106 000,00", "1 106 000,00");
        funding["бюджет муниципального образования"].Should().Equal("9 526 100,00", "9 484 548,91");
    }

    [Fact]
    public async Task The_drill_down_and_the_public_page_chart_plan_against_fact_per_indicator()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var client = await portal.SignInAsync("finance");

        var drill = ChartTable(await client.GetStringAsync($"/Dashboard/Program/{id}?year=2024&period=Year"), "chart-plan-fact");
        var open = ChartTable(await portal.CreateClient().GetStringAsync($"/public/evaluation/{id}?year=2024&period=Year"), "chart-public-plan-fact");

        foreach (var table in new[] { drill, open })
        {
            // § 13: 37 indicators; № 1 plan 30, fact 74 → S 2,4667 → 246,7 %; № 19 plan 4, fact 3 → 75,0 %; the rest as listed.
            table.Should().HaveCount(37);
            table.Values.Should().ContainEquivalentOf(new[] { "30", "74", "246,7 %" });
            table.Values.Should().ContainEquivalentOf(new[] { "4", "3", "75,0 %" });
            table.Values.Count(v => v[2] == "100,0 %").Should().Be(26);
        }
    }

    [Fact]
    public async Task A_programs_trend_shows_the_evaluation_services_indices_of_each_year()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var client = await portal.SignInAsync("finance");

        var html = await client.GetStringAsync($"/Dashboard/Program/{id}/Trend");

        var table = ChartTable(html, "chart-trend-program");
        table.Should().ContainKey("2024");
        foreach (var (year, cells) in table)
        {
            var result = await portal.WithScopeAsync(sp => sp.GetRequiredService<EvaluationService>()
                .ForProgramAsync(id, ReportingPeriod.AnnualOf(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture))));
            var hasData = (await portal.WithScopeAsync(sp => sp.GetRequiredService<EvaluationService>().PeriodsAsync(id)))
                .Contains(ReportingPeriod.AnnualOf(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)));
            cells.Should().Equal(hasData
                ? [RuFormat.Index(result!.Evaluation.Program.ResultIndex), RuFormat.Index(result.Evaluation.Program.EfficiencyIndex)]
                : [RuFormat.Missing, RuFormat.Missing], $"year {year}");
        }
        // § 13: Алексин 2024 Ip 1,0832, Iэ 1,0789.
        table["2024"].Should().Equal("1,0832", "1,0789");
    }

    [Fact]
    public async Task The_municipality_trend_is_the_mean_of_its_programs_evaluated_each_year()
    {
        var client = await portal.SignInAsync("finance");

        var html = await client.GetStringAsync("/Dashboard/Trends?m=aleksin&period=Year");

        var table = ChartTable(html, "chart-trend-municipality");
        table.Should().NotBeEmpty();
        foreach (var (year, cells) in table)
        {
            var results = await portal.WithScopeAsync(sp => sp.GetRequiredService<EvaluationService>()
                .ForPeriodAsync(ReportingPeriod.AnnualOf(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)), "aleksin"));
            var ip = results.Select(r => r.Evaluation.Program.ResultIndex).OfType<decimal>().ToList();
            var ie = results.Select(r => r.Evaluation.Program.EfficiencyIndex).OfType<decimal>().ToList();
            // The mean by hand: the sum over the count.
            cells.Should().Equal([RuFormat.Index(ip.Count == 0 ? null : ip.Sum() / ip.Count), RuFormat.Index(ie.Count == 0 ? null : ie.Sum() / ie.Count)], $"year {year}");
        }
        html.Should().Contain("среднее арифметическое индексов программ");
    }

    [Theory]
    [InlineData("kozh.admin")]
    [InlineData("aleksin.uorio")]
    public async Task Executors_may_not_see_the_trends(string user)
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var client = await portal.SignInAsync(user);

        (await client.GetAsync("/Dashboard/Trends")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/Dashboard/Program/{id}/Trend")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [GeneratedRegex("<figure class=\"chart-figure\" id=\"([^\"]+)\">(.*?)</figure>", RegexOptions.Singleline)]
    private static partial Regex FigureRegex();

    [GeneratedRegex("<tr>\\s*<th scope=\"row\"[^>]*>(.*?)</th>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRegex();

    [GeneratedRegex("<td class=\"num\">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellRegex();
}
