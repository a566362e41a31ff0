using System.Net;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// The campaign pages with the portal's clock on 10 February 2031 (<see cref="PortalIn2031"/>): the open campaign
/// is the 2030 one, and no demo program has a plan, a fact or a report for 2030 (the Кожевниковский program ends
/// in 2026, the others report on 2021–2024). Earlier years stay reachable by choosing them.
/// </summary>
public sealed class CampaignIn2031Tests(PortalIn2031 portal) : IClassFixture<PortalIn2031>
{
    private const string Kozhevnikovo = "Развитие муниципальной службы, информационного общества";

    // The 2025 report was due on 15 March 2026 (Procedure 4.7). From 15.03.2026 to 15.03.2031 are 5 × 365 + 1
    // (29.02.2028) = 1826 days; 10.02.2031 is 33 days before 15.03.2031 (18 left in February + 15): 1826 − 33 = 1793.
    private const string OverdueSince2026 = "просрочен на 1793 дн.";

    public static TheoryData<string> Users => new() { "kozh.admin", "finance", "viewer" };

    private async Task<string> PageAsync(string user, string url)
    {
        var response = await (await portal.SignInAsync(user)).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{user} opens {url}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task My_reports_of_the_2030_campaign_which_has_no_program(string user)
    {
        var html = await PageAsync(user, "/Reports?year=2030");

        html.Should().Contain("Мои программы: отчеты за 2030 год");
        html.Should().Contain("За 2030 год нет программ, по которым вы представляете отчет.").And.NotContain("id=\"my-reports\"");
        html.Should().Contain("<option value=\"2031\">2031</option>", "the year picker reaches this year")
            .And.Contain("<option value=\"2030\" selected=\"selected\">2030</option>").And.NotContain("<option value=\"2032\"");
    }

    [Fact]
    public async Task The_review_queue_of_the_2030_campaign_which_has_no_program()
    {
        var html = await PageAsync("finance", "/Review?year=2030");

        html.Should().Contain("Проверка отчетов за 2030 год");
        html.Should().Contain("За 2030 год нет программ с отчетами или плановыми значениями.").And.NotContain("id=\"review-queue\"");
    }

    [Theory]
    [InlineData("kozh.admin")]
    [InlineData("viewer")]
    public async Task The_review_queue_stays_closed_to_executors_and_viewers(string user)
    {
        var client = await portal.SignInAsync(user);

        (await client.GetAsync("/Review")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task My_reports_list_the_Kozhevnikovo_2026_report_as_overdue_on_the_2030_campaign()
    {
        var html = await PageAsync("kozh.admin", "/Reports");

        // 2026 is the program's last year: due 15.03.2027; to 15.03.2031 are 4 × 365 + 1 (29.02.2028) = 1461 days,
        // minus the 33 days from 10.02.2031 to 15.03.2031: 1428.
        html.Should().Contain("Отчет за 2026 год").And.Contain("просрочен на 1428 дн.").And.Contain("<option value=\"2030\" selected=\"selected\">2030</option>");
    }

    [Fact]
    public async Task The_2025_campaign_is_reachable_explicitly_and_its_unsent_report_is_long_overdue()
    {
        var mine = await PageAsync("kozh.admin", "/Reports?year=2025");
        var queue = await PageAsync("finance", "/Review?year=2025");

        mine.Should().Contain("Мои программы: отчеты за 2025 год").And.Contain(Kozhevnikovo).And.Contain(OverdueSince2026);
        queue.Should().Contain("Проверка отчетов за 2025 год").And.Contain(Kozhevnikovo).And.Contain("просрочено: 1");
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_2025_report_page_opens_with_its_deadline_long_past(string user)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);

        var html = await PageAsync(user, $"/Reports/Edit/{id}?year=2025");

        html.Should().Contain("Годовой отчет о ходе реализации за 2025 год");
        html.Should().Contain("Срок представления: <strong>15.03.2026</strong>").And.Contain(OverdueSince2026);
        if (user == "kozh.admin") html.Should().Contain("id=\"save\"", "an overdue report can still be filled in");
        else html.Should().NotContain("id=\"save\"");
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_program_list_and_passport_read_as_on_any_other_day(string user)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);

        var list = await PageAsync(user, "/Programs");
        var passport = await PageAsync(user, $"/Programs/Details/{id}");

        list.Should().Contain(Kozhevnikovo);
        passport.Should().Contain(Kozhevnikovo).And.Contain("2021–2026 годы");
    }

    [Theory]
    [InlineData("finance", true)]
    [InlineData("viewer", true)]
    [InlineData("kozh.admin", false)] // sees only the Кожевниковский program, which has no facts
    public async Task The_evaluation_opens_on_the_latest_period_with_facts_not_on_the_empty_campaign(string user, bool seesAleksin)
    {
        var html = await PageAsync(user, "/Evaluation");

        // Periods with reports or facts: 2024 (Алексин), 1st half of 2022 (Копейск), 2021 (Кедровый); the latest is 2024.
        html.Should().Contain("2024 год").And.NotContain("2030 год");
        if (seesAleksin) html.Should().Contain("Развитие местного самоуправления в муниципальном образовании город Алексин");
        else html.Should().Contain("За период нет данных для оценки");
    }

    [Fact]
    public async Task A_program_without_facts_opens_its_evaluation_within_its_own_period()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);

        var html = await PageAsync("finance", $"/Evaluation/Program/{id}");

        // The campaign of 10.02.2031 is 2030, after the program's 2021–2026 period: its last year is the nearest one.
        html.Should().Contain("Оценка результативности и эффективности за период: 2026 год").And.NotContain("2030 год");
    }
}
