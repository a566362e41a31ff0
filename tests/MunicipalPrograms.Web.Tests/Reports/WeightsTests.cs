using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>Weights set in the report (Appendix 9, note 1): entered, validated, used by the index, audited.</summary>
public sealed class WeightsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Year = 2026;

    [Fact]
    public async Task Explicit_weights_are_entered_checked_against_one_and_used()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);

        var (html, form) = await ReportPages.OpenAsync(client, id, Year);
        html.Should().NotContain("name=\"Indicators[0].Weight\"", "equal weights need no input");
        // Seed 002, the 2026 targets: 64, 100, 100, 100, 100, 36. The first indicator reaches half of its plan (S = 0,5), the rest theirs.
        string[] facts = ["32", "100", "100", "100", "100", "36"];
        for (var k = 0; k < facts.Length; k++) form.Set($"Indicators[{k}].Actual", facts[k]);
        (await ReportPages.SaveAsync(client, id, Year, form.Set("WeightMode", "Explicit"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (_, form) = await ReportPages.OpenAsync(client, id, Year);
        form.Set("Indicators[0].Weight", "1,5");
        var refused = await ReportPages.SaveAsync(client, id, Year, form);
        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("Вес должен быть от 0 до 1.");

        string[] almost = ["0,2", "0,2", "0,2", "0,2", "0,1", "0,05"];
        for (var k = 0; k < almost.Length; k++) form.Set($"Indicators[{k}].Weight", almost[k]);
        (await ReportPages.SaveAsync(client, id, Year, form)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(ReportPages.Edit(id, Year)));
        page.Should().Contain("Сумма весов показателей равна 0,95, а должна быть равна 1.");
        page.Should().Contain("id=\"submit\" disabled", "an evaluation with errors cannot be submitted");

        (_, form) = await ReportPages.OpenAsync(client, id, Year);
        (await ReportPages.SaveAsync(client, id, Year, form.Set("Indicators[5].Weight", "0,1"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        page = WebUtility.HtmlDecode(await client.GetStringAsync(ReportPages.Edit(id, Year)));
        page.Should().NotContain("Сумма весов показателей равна");
        // Ip = 0,2 × 0,5 + 0,2 + 0,2 + 0,2 + 0,1 + 0,1 = 0,9; with equal weights it would be (0,5 + 5) / 6 = 0,9166667.
        page.Should().Contain("id=\"ip\">0,9000<");

        await using var db = portal.CreateDbContext();
        var report = await db.Reports.Include(r => r.Weights).SingleAsync(r => r.ProgramId == id && r.Year == Year);
        report.WeightMode.Should().Be(WeightMode.Explicit);
        report.Weights.Sum(w => w.Weight).Should().Be(1m);
        // Six weights typed where there were none, then one changed from 0,05 to 0,1; the refused save logs nothing.
        (await db.AuditEntries.CountAsync(e => e.ReportId == report.Id && e.Field == AuditField.Weight && e.Subject == AuditSubjects.IndicatorWeight)).Should().Be(7);
    }
}
