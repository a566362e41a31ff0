using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// The Копейск report for the 1st half of 2022 (seed 003; demo file kopeysk-2022-h1.json), submitted, scored by hand.
/// 25 indicators have a half-year plan and fact (i27 has no numeric plan and is left out), with equal weights 1/25:
/// S = 1 for i1 (не более 2: 1,45), i2 (не более 1: 0,26), i5 (1 %–5 %: 1), i7, i9 (да/нет 0 = 0), i17, i18 (не менее 12:
/// 122), i19, i20, i21 (не менее 1: 5), i22, i25 (да/нет 1 = 1) — twelve; i8 (да/нет 1, fact 0), i11, i12, i13, i15,
/// i16 (fact 0) — 0; and i3 24/26 = 0,9230769, i4 50/100 = 0,5, i10 1598/1648 = 0,9696602, i14 15,6/20 = 0,78,
/// i23 7196/12 = 599,6666667, i24 3153/6000 = 0,5255, i26 26/12 = 2,1666667.
/// </summary>
internal static class KopeyskHalfYear
{
    public const string Queue = "/Review?year=2022&period=HalfYear";

    // Σ S = 12 + 0,9230769 + 0,5 + 0,9696602 + 0,78 + 599,6666667 + 0,5255 + 2,1666667 = 617,5315705; Ip = Σ S / 25 = 24,7012628.
    public const string ResultIndex = "24,7013";

    // No funding lines: Vp = Vf = 0, so Iэ = Ip (methodology §6); 24,70 > 1,1 is above the Procedure's bands.
    public const string EfficiencyIndex = "24,7013";

    // Federal guidance: S capped at 1 (i23 and i26 count 1): Σ = 14 + 0,9230769 + 0,5 + 0,9696602 + 0,78 + 0,5255
    // = 17,6982371; СРп/п = 17,6982371 / 25 = 0,7079295. The 27 activities m1–m27 have no term, so all are due, and the
    // report marks none completed: СРм = 0 / 27 = 0; ССуз = 1 (nothing planned, nothing spent); Эис = 0 / 1 = 0;
    // ЭРп/п = 0,7079295 × 0 = 0 → below 0,7: неудовлетворительная.
    public const string FederalDegree = "0,7079";
    public const string FederalEfficiency = "0,0000";
}

public sealed class ReviewQueueTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_queue_of_an_interim_period_lists_its_reports_with_status_and_indices()
    {
        var finance = await portal.SignInAsync("finance");
        var html = WebUtility.HtmlDecode(await finance.GetStringAsync(KopeyskHalfYear.Queue));

        html.Should().Contain("Проверка отчетов за 1 полугодие 2022 года");
        html.Should().Contain("Представлено: 1 · возвращено: 0 · принято: 0 · просрочено: 0");
        var row = HtmlTable.RowWith(html, "review-queue", "KPS-PM-2022");
        // Programme, status, submitted, deadline, Ip, Iэ, grade, link.
        row[1].Should().Be("Представлен");
        row[4..7].Should().Equal(KopeyskHalfYear.ResultIndex, KopeyskHalfYear.EfficiencyIndex, "выше диапазонов методики");
    }

    [Fact]
    public async Task Excel_and_pdf_of_the_forms_are_one_click_from_the_report_and_the_queue()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var finance = await portal.SignInAsync("finance");
        var report = await finance.GetStringAsync(ReportPages.Edit(id, 2024));
        report.Should().Contain($"href=\"/forms/programs/{id}/annual-report/xlsx?year=2024\"").And.Contain($"href=\"/forms/programs/{id}/annual-report/pdf?year=2024\"");
        var queue = await finance.GetStringAsync("/Review?year=2024");
        queue.Should().Contain("href=\"/forms/consolidated/xlsx?year=2024\"");
        (await finance.GetAsync($"/forms/programs/{id}/annual-report/xlsx?year=2024")).Content.Headers.ContentType!.MediaType
            .Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}

/// <summary>Копейск makes the federal guidance official: in its own database, so no other test sees the change.</summary>
public sealed class ReviewQueueWithFederalMethodologyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_queue_shows_the_grade_of_the_methodology_the_municipality_made_official()
    {
        await using (var db = portal.CreateDbContext())
        {
            var kopeysk = await db.Municipalities.SingleAsync(x => x.Code == "kopeysk");
            db.MethodologyVersions.Add(new MethodologyVersion
            {
                MunicipalityId = kopeysk.Id, EffectiveFromYear = 2022, Settings = new MethodologySettings { Official = OfficialMethodology.Federal },
                ChangedAt = DateTimeOffset.UnixEpoch, ChangedBy = "test",
            });
            await db.SaveChangesAsync();
        }

        var finance = await portal.SignInAsync("finance");
        var html = WebUtility.HtmlDecode(await finance.GetStringAsync(KopeyskHalfYear.Queue));

        var row = HtmlTable.RowWith(html, "review-queue", "KPS-PM-2022");
        row[4..7].Should().Equal(KopeyskHalfYear.FederalDegree, KopeyskHalfYear.FederalEfficiency, "неудовлетворительная эффективность");
        html.Should().Contain("title=\"методические рекомендации\"");
    }
}
