using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ReportEntry;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Administration;

/// <summary>
/// Methodology settings versions on /Admin/Municipalities/{id}/Methodology: a new version changes the indices of a report
/// that is not accepted, never those of an accepted one (it keeps the version it was accepted with); bad values get their
/// message next to the field with nothing saved; another municipality's administrator gets 404.
/// </summary>
public sealed class MethodologySettingsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.AnnualOf(2024);

    // docs/methodology.md §13, Алексин 2024 (37 indicators, equal weights): Σ S = 40,0767281…, Vp = 10 632 100,00, Vf = 10 590 548,91.
    private const decimal AcceptedIp = 1.0831548m, AcceptedIe = 1.0789218m;
    private const decimal Vp = 10_632_100.00m, Vf = 10_590_548.91m;
    // With S capped at 1 the ten indicators above 1 count as 1 and indicator 19 keeps 3/4: Σ S = 36 + 0,75 = 36,75.
    private static readonly decimal CappedIp = 36.75m / 37m;
    private static readonly decimal CappedIe = Vf * CappedIp / Vp;

    private async Task<(decimal? Ip, decimal? Ie)> AleksinIndicesAsync()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var result = await portal.WithScopeAsync(sp => sp.GetRequiredService<EvaluationService>().ForProgramAsync(id, Year2024));
        return (result!.Evaluation.Program.ResultIndex, result.Evaluation.Program.EfficiencyIndex);
    }

    private async Task<HttpResponseMessage> SaveAsync(HttpClient admin, int municipalityId, params (string Field, string Value)[] values)
    {
        var url = $"/Admin/Municipalities/{municipalityId}/Methodology";
        var form = HtmlForm.Parse(await admin.GetDecodedAsync(url), "methodology-form");
        foreach (var (field, value) in values) form.Set(field, value);
        return await admin.PostAsync(url, form.Content());
    }

    private async Task SetStatusAsync(ReportStatus status)
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        await using var db = portal.CreateDbContext();
        await db.Reports.Where(r => r.ProgramId == id && r.Year == 2024).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status));
    }

    [Fact]
    public async Task A_cap_of_1_changes_a_reopened_reports_indices_but_never_an_accepted_ones()
    {
        var aleksin = await AdminPages.MunicipalityIdAsync(portal, "aleksin");
        var admin = await portal.SignInAsync("admin", followRedirects: false);

        (await SaveAsync(admin, aleksin, ("EffectiveFromYear", "2024"), ("AchievementCap", "1"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // Accepted under the defaults (the demo report): the new version does not touch it.
        var (ip, ie) = await AleksinIndicesAsync();
        (Math.Round(ip!.Value, 7), Math.Round(ie!.Value, 7)).Should().Be((AcceptedIp, AcceptedIe));
        var id = await ReportPages.AleksinIdAsync(portal);
        (await admin.GetDecodedAsync($"/Evaluation/Program/{id}?year=2024")).Should()
            .Contain("Настройки методики: по умолчанию (не изменялись) — сохранены при принятии отчета");

        // Reopened, the report follows the version in effect for 2024.
        await SetStatusAsync(ReportStatus.Returned);
        (ip, ie) = await AleksinIndicesAsync();
        (Math.Round(ip!.Value, 7), Math.Round(ie!.Value, 7)).Should().Be((Math.Round(CappedIp, 7), Math.Round(CappedIe, 7)));
        (Math.Round(CappedIp, 7), Math.Round(CappedIe, 7)).Should().Be((0.9932432m, 0.9893616m), "docs/methodology.md §13 «With a cap of 1»");
        (await admin.GetDecodedAsync($"/Evaluation/Program/{id}?year=2024")).Should()
            .Contain("Настройки методики: действуют с 2024 года, изменены 02.03.2026 (admin)");

        // Accepted again, it keeps the capped version through a later change to 1,3.
        await SetStatusAsync(ReportStatus.Submitted);
        var finance = new UserScope("finance", Roles.Finance, null, null);
        var outcome = await portal.WithScopeAsync(sp => sp.GetRequiredService<ReportWorkflowService>()
            .RunAsync(id, Year2024, finance, ReportWorkflowService.Step.Accept, null, null, CancellationToken.None));
        outcome.Result!.Done.Should().BeTrue();
        (await SaveAsync(admin, aleksin, ("EffectiveFromYear", "2024"), ("AchievementCap", "1,3"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (ip, _) = await AleksinIndicesAsync();
        Math.Round(ip!.Value, 7).Should().Be(0.9932432m);

        await using var db = portal.CreateDbContext();
        (await db.AdminLog.Where(e => e.Subject == AdminSubjects.Methodology && e.Field == "achievement_cap").OrderBy(e => e.Id)
            .Select(e => new { e.OldValue, e.NewValue, e.UserName }).ToListAsync())
            .Select(e => (e.OldValue, e.NewValue, e.UserName)).Should().Equal((null, "1", "admin"), ("1", "1.3", "admin"));
    }

    [Theory]
    [InlineData("AchievementCap", "0", "Ограничение S должно быть больше нуля (задано 0).")]
    [InlineData("HighLower", "0,7", "Границы уровней эффективности должны возрастать: 0,8 < 0,7 ≤ 1,1.")]
    [InlineData("HighUpper", "много", "«много» — не число. Введите число с десятичной запятой, например 1 129,01.")]
    [InlineData("WeightSumTolerance", "0,5", "Допуск суммы весов должен быть от 0 до 0,1.")]
    [InlineData("EffectiveFromYear", "20x5", "«20x5» — не год. Укажите год четырьмя цифрами, например 2025.")]
    public async Task A_bad_value_gets_its_message_next_to_the_field_and_no_version_is_saved(string field, string value, string message)
    {
        var kopeysk = await AdminPages.MunicipalityIdAsync(portal, "kopeysk");
        var admin = await portal.SignInAsync("admin", followRedirects: false);

        var response = await SaveAsync(admin, kopeysk, ("SuspiciousAchievement", "3"), (field, value));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain($"data-valmsg-for=\"{field}\"").And.Contain(message);
        HtmlForm.Parse(html, "methodology-form")["SuspiciousAchievement"].Should().Be("3", "the typed values stay on the page");
        await using var db = portal.CreateDbContext();
        (await db.MethodologyVersions.CountAsync(v => v.MunicipalityId == kopeysk)).Should().Be(0);
        (await db.AdminLog.CountAsync(e => e.MunicipalityId == kopeysk)).Should().Be(0);
    }

    [Fact]
    public async Task Another_municipalitys_administrator_cannot_see_or_change_the_settings()
    {
        var aleksin = await AdminPages.MunicipalityIdAsync(portal, "aleksin");
        var own = await AdminPages.MunicipalityIdAsync(portal, "kedrovy");
        var client = await portal.SignInAsync(await AdminPages.MunicipalAdministratorAsync(portal, "kedrovy"), followRedirects: false);
        await using var db = portal.CreateDbContext();
        var before = await db.MethodologyVersions.CountAsync(v => v.MunicipalityId == aleksin); // another test of this class may add some

        (await client.GetAsync($"/Admin/Municipalities/{aleksin}/Methodology")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var form = HtmlForm.Parse(await client.GetDecodedAsync($"/Admin/Municipalities/{own}/Methodology"), "methodology-form");
        (await client.PostAsync($"/Admin/Municipalities/{aleksin}/Methodology", form.Content())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await db.MethodologyVersions.CountAsync(v => v.MunicipalityId == aleksin)).Should().Be(before);
    }
}
