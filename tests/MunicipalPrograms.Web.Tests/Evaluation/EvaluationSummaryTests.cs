using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Tests.Dashboard;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Evaluation;

/// <summary>
/// The stored evaluation summaries (ADR 0033): what they hold is the scoring service's evaluation, a stored summary is
/// used while its program's stamp is unchanged, and a program changed by any instance is evaluated again.
/// </summary>
public sealed class EvaluationSummaryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly ReportingPeriod Year2025 = new(2025, PeriodKind.Year);

    private async Task<Dictionary<int, EvaluationSummary>> SummariesAsync(IReadOnlyCollection<int> ids, ReportingPeriod period)
    {
        using var scope = portal.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MunicipalPrograms.Web.Data.AppDbContext>();
        return await services.GetRequiredService<EvaluationSummaries>().ForAsync(db.Programs.Where(p => ids.Contains(p.Id)), period, default);
    }

    [Fact]
    public async Task A_generated_program_is_summarised_as_computed_by_hand()
    {
        // One indicator, plan 100, fact 10, no funding: S = 10 / 100 = 0,1; Ip = 0,1; nothing planned or spent, so Iэ = Ip.
        var (_, ids) = await DashboardPages.GenerateAsync(portal, "SUMH", (ReportStatus.Submitted, 10m, null));

        var summary = (await SummariesAsync(ids, Year2025))[ids[0]];

        summary.ResultIndex.Should().Be(0.1m);
        summary.EfficiencyIndex.Should().Be(0.1m);
        summary.Grade.Should().Be(EfficiencyGrade.Low);
        summary.PlannedFunding.Should().Be(0m);
        summary.FundingPercent.Should().BeNull("nothing is planned");
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2024)]
    public async Task The_demo_programs_summaries_equal_the_scoring_services_evaluation(int year)
    {
        var period = new ReportingPeriod(year, PeriodKind.Year);
        using var scope = portal.Services.CreateScope();
        var evaluation = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var expected = await evaluation.ForPeriodAsync(period, null);

        var summaries = await SummariesAsync(expected.Select(r => r.Program.Id).ToList(), period);

        expected.Should().NotBeEmpty();
        foreach (var r in expected)
        {
            var s = summaries[r.Program.Id];
            s.ResultIndex.Should().Be(r.Evaluation.Program.ResultIndex, r.Program.RegistryCode);
            s.EfficiencyIndex.Should().Be(r.Evaluation.Program.EfficiencyIndex, r.Program.RegistryCode);
            s.Grade.Should().Be(r.Evaluation.Program.Grade, r.Program.RegistryCode);
            s.FederalEfficiency.Should().Be(r.Evaluation.Federal.Efficiency, r.Program.RegistryCode);
            s.ActualFunding.Should().Be(r.Evaluation.Program.ActualFunding, r.Program.RegistryCode);
        }
    }

    [Fact]
    public async Task A_stored_summary_is_used_while_the_stamp_holds_and_computed_again_after_a_change()
    {
        var (_, ids) = await DashboardPages.GenerateAsync(portal, "SUMS", (ReportStatus.Submitted, 100m, null));
        var first = (await SummariesAsync(ids, Year2025))[ids[0]];
        await using var db = portal.CreateDbContext();

        // A stored row under the current stamp is what is read: changed behind the service's back, it is returned as stored.
        await db.Database.ExecuteSqlAsync($"UPDATE evaluation_summaries SET result_index = 0.5 WHERE program_id = {ids[0]}");
        var stored = (await SummariesAsync(ids, Year2025))[ids[0]];
        // Another instance saves a fact of 50: the program's stamp moves on, so its summary is computed again.
        await db.Database.ExecuteSqlAsync(
            $"UPDATE indicator_values SET actual = 50 WHERE indicator_id IN (SELECT id FROM indicators WHERE program_id = {ids[0]})");
        var after = (await SummariesAsync(ids, Year2025))[ids[0]];

        first.ResultIndex.Should().Be(1m, "fact 100 of plan 100");
        stored.ResultIndex.Should().Be(0.5m, "the stored row was read, not computed");
        after.ResultIndex.Should().Be(0.5m, "fact 50 of plan 100");
        after.Stamp.Should().BeGreaterThan(first.Stamp);
        (await db.EvaluationSummaries.AsNoTracking().SingleAsync(s => s.ProgramId == ids[0])).Stamp.Should().Be(after.Stamp, "the new summary is stored");
    }
}
