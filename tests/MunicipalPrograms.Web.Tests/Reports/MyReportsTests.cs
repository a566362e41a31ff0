using System.Net;
using System.Text.RegularExpressions;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// «Мои отчеты» across years and periods on the campaign day (2 March 2026), the program card's report links and the
/// forms' links on /Evaluation. Nothing is changed, so the class shares nothing it needs to undo.
/// </summary>
public sealed partial class MyReportsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_Aleksin_executor_is_told_plainly_why_no_report_is_due()
    {
        var html = await (await portal.SignInAsync("aleksin.uorio")).GetDecodedAsync("/Reports");

        // aleksin-2024.json plans only 2024 (program from 2024, no end year); its 2024 report is accepted.
        html.Should().Contain("Сейчас нет отчетов, которые нужно заполнить или представить.").And.NotContain("id=\"my-reports\"");
        html.Should().Contain("Отчет за 2024 год принят.")
            .And.Contain("Плановые значения программы заданы только на 2024 год: отчета за 2025 год не будет, пока в программу не внесены планы на 2025 год.");
        html.Should().NotContain("нет программ, по которым вы представляете отчет");
    }

    [Fact]
    public async Task The_co_executor_finds_the_2025_report_marked_as_co_executed_with_the_words_of_the_report_page()
    {
        var html = await (await portal.SignInAsync("kozh.culture")).GetDecodedAsync("/Reports");

        var card = Card(html, "KZH-MP-01");
        card.Should().Contain("Отчет за 2025 год")
            .And.Contain("Вы — соисполнитель: заполняете свои строки; отчет представляет Администрация Кожевниковского района.");
        // Due 15 March 2026 (Procedure 4.7); on 2 March 2026: 15 − 2 = 13 days left. Not started: the report page says «Черновик».
        card.Should().Contain("срок 15.03.2026").And.Contain("осталось 13 дн.").And.Contain(">Черновик<").And.NotContain("не начат");
        // Only the latest ended year of 2021–2026 is listed: the earlier years were reported before the portal.
        Regex.Matches(html, "class=\"card mb-2 work-item\"").Count.Should().Be(1);
    }

    [Fact]
    public async Task The_responsible_executor_is_told_that_they_submit()
    {
        var card = Card(await (await portal.SignInAsync("kozh.admin")).GetDecodedAsync("/Reports"), "KZH-MP-01");

        card.Should().Contain("Вы — ответственный исполнитель: вы заполняете и представляете отчет.");
    }

    [Fact]
    public async Task The_period_filter_stays_reachable()
    {
        var html = await (await portal.SignInAsync("kozh.admin")).GetDecodedAsync("/Reports?year=2025");

        html.Should().Contain("Мои программы: отчеты за 2025 год").And.Contain("KZH-MP-01").And.Contain("href=\"/Reports\"");
    }

    [Fact]
    public async Task Report_entries_of_the_program_card_link_to_the_report_pages()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var html = await (await portal.SignInAsync("aleksin.uorio")).GetDecodedAsync($"/Programs/Details/{id}");

        html.Should().Contain($"<a href=\"/Reports/Edit/{id}?year=2024&period=Year\">2024 год · срок 15.03.2025</a>");
    }

    [Fact]
    public async Task Evaluation_offers_an_executor_no_link_that_answers_403()
    {
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var html = await executor.GetDecodedAsync("/Evaluation");

        html.Should().NotContain("/forms/consolidated").And.NotContain("/forms/registry");
        foreach (var href in FormLinks().Matches(html).Select(m => m.Groups[1].Value).Distinct().Where(h => !h.Contains("/pdf")))
            (await executor.GetAsync(href)).StatusCode.Should().NotBe(HttpStatusCode.Forbidden, href);

        var finance = await (await portal.SignInAsync("finance")).GetDecodedAsync("/Evaluation");
        finance.Should().Contain("href=\"/forms/consolidated/xlsx").And.Contain("/forms/registry");
    }

    /// <summary>The card of one program in «Мои отчеты».</summary>
    private static string Card(string html, string code)
    {
        var start = html.IndexOf($"data-program=\"{code}\"", StringComparison.Ordinal);
        start.Should().BePositive($"{code} is listed");
        return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("href=\"(/forms/[^\"]+)\"")]
    private static partial Regex FormLinks();
}
