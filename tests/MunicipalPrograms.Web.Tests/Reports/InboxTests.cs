using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// The finance inbox «Ожидают проверки» on 2 March 2026: the demo Копейск half-year 2022 report (submitted on its
/// deadline, 20.07.2022) and the Алексин 2024 report, reopened and submitted again in the test (due 15.03.2025).
/// </summary>
public sealed class InboxTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // 20.07.2022 → 20.07.2025: 3 × 365 + 1 (29.02.2024) = 1096; → 02.03.2026: 11 (July) + 31 + 30 + 31 + 30 + 31 + 31 (Jan) + 28 + 2 = 225.
    private const string KopeyskWaiting = "ждет 1321 дн.";
    // 15.03.2025 → 02.03.2026: 16 (March) + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 (Jan) + 28 + 2 = 352.
    private const string AleksinLate = "представлен с опозданием на 352 дн.";

    internal static async Task<int> SubmitAleksinLateAsync(PortalFactory portal)
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var page = await finance.GetStringAsync(ReportPages.Edit(id, 2024));
        (await finance.PostFormAsync($"/Review/Reopen/{id}?year=2024&period=Year", page, new() { ["reason"] = "Проверка входящих" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var executor = await portal.SignInAsync("aleksin.uorio", followRedirects: false);
        page = await executor.GetStringAsync(ReportPages.Edit(id, 2024));
        (await executor.PostFormAsync($"/Reports/Submit/{id}?year=2024&period=Year", page, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return id;
    }

    [Fact]
    public async Task The_inbox_lists_submitted_reports_of_every_period_oldest_first_with_days_waiting_and_the_late_mark()
    {
        await SubmitAleksinLateAsync(portal);
        var finance = await portal.SignInAsync("finance");

        var html = await finance.GetDecodedAsync("/Review");

        html.Should().Contain("<h1 class=\"page-title\">Ожидают проверки</h1>");
        var kopeysk = html.IndexOf("data-program=\"KPS-PM-2022\"", StringComparison.Ordinal);
        var aleksin = html.IndexOf("data-program=\"ALX-MP-04\"", StringComparison.Ordinal);
        kopeysk.Should().BePositive();
        aleksin.Should().BeGreaterThan(kopeysk, "the oldest submission comes first");
        var kopeyskCard = html[kopeysk..aleksin];
        kopeyskCard.Should().Contain("Отчет за 1 полугодие 2022 года").And.Contain("представлен 20.07.2022").And.Contain(KopeyskWaiting)
            .And.NotContain("опозданием", "submitted on its deadline");
        html[aleksin..].Should().Contain("Отчет за 2024 год").And.Contain("представлен 02.03.2026").And.Contain("ждет 0 дн.").And.Contain(AleksinLate);

        // The period view stays as a filter and keeps the late mark too.
        (await finance.GetDecodedAsync("/Review?year=2024")).Should().Contain(AleksinLate).And.Contain("href=\"/Review\"");
    }

}

/// <summary>Accept and return from the inbox rows, in a database of their own (they empty the inbox).</summary>
public sealed class InboxActionsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Accepting_from_the_inbox_asks_for_confirmation_and_lists_the_open_remarks()
    {
        int id;
        await using (var db = portal.CreateDbContext())
            id = await db.Programs.Where(p => p.RegistryCode == "KPS-PM-2022").Select(p => p.Id).SingleAsync();
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var inbox = await finance.GetStringAsync("/Review");
        var confirmUrl = $"/Review/Accept/{id}?year=2022&period=HalfYear&back=inbox";
        inbox.Should().Contain($"href=\"{confirmUrl.Replace("&", "&amp;")}\"", "«Принять…» opens the confirmation");

        // A post without the confirmation (the report page's button) leads to the confirmation and changes nothing.
        var unconfirmed = await finance.PostFormAsync($"/Review/Accept/{id}?year=2022&period=HalfYear", inbox, new() { ["back"] = "inbox" });
        unconfirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        unconfirmed.Headers.Location!.PathAndQueryOf().Should().Be(confirmUrl);
        (await StatusAsync(id)).Should().Be(ReportStatus.Submitted);

        var confirm = WebUtility.HtmlDecode(await finance.GetStringAsync(confirmUrl));
        // The remarks the issue counted on the review page: two missing п. 4.8 reasons and i23 at 7196 / 12 = 59 966,7 % of plan, and one more.
        confirm.Should().Contain("Принять отчет за 1 полугодие 2022 года?").And.Contain("Замечания (4)").And.Contain("Принять с замечаниями (4)");
        var accepted = await finance.PostFormAsync($"/Review/Accept/{id}?year=2022&period=HalfYear", confirm, new() { ["confirmed"] = "true", ["back"] = "inbox" });
        accepted.Headers.Location!.PathAndQueryOf().Should().Be("/Review");
        (await StatusAsync(id)).Should().Be(ReportStatus.Accepted);
        (await finance.GetStringAsync("/Review")).Should().NotContain("data-program=\"KPS-PM-2022\"");
    }

    [Fact]
    public async Task A_report_is_returned_from_the_inbox_row_with_a_reason()
    {
        var id = await InboxTests.SubmitAleksinLateAsync(portal);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var inbox = await finance.GetStringAsync("/Review");
        inbox.Should().Contain("name=\"reason\"");

        var returned = await finance.PostFormAsync($"/Review/Return/{id}?year=2024&period=Year", inbox, new() { ["reason"] = "Нет подписи", ["back"] = "inbox" });

        returned.Headers.Location!.PathAndQueryOf().Should().Be("/Review");
        await using var db = portal.CreateDbContext();
        (await db.Reports.SingleAsync(r => r.ProgramId == id && r.Year == 2024)).ReturnReason.Should().Be("Нет подписи");
    }

    private async Task<ReportStatus> StatusAsync(int id)
    {
        await using var db = portal.CreateDbContext();
        return await db.Reports.Where(r => r.ProgramId == id).Select(r => r.Status).SingleAsync();
    }
}
