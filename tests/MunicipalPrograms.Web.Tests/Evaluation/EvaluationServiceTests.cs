using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Evaluation;

public sealed class EvaluationServiceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<T> Service<T>(Func<EvaluationService, Task<T>> call) =>
        portal.WithScopeAsync(sp => call(sp.GetRequiredService<EvaluationService>()));

    private async Task<int> ProgramIdAsync(string municipality)
    {
        await using var db = portal.CreateDbContext();
        return await db.Programs.Where(p => p.Municipality!.Code == municipality).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task AleksinFromTheDatabaseGivesTheWorkedExampleNumbers()
    {
        var id = await ProgramIdAsync("aleksin");

        var result = await Service(s => s.ForProgramAsync(id, ReportingPeriod.AnnualOf(2024)));

        var e = result!.Evaluation.Program;
        e.IncludedCount.Should().Be(37);
        Math.Round(e.ResultIndex!.Value, 6).Should().Be(1.083155m);
        e.PlannedFunding.Should().Be(10_632_100.00m);
        e.ActualFunding.Should().Be(10_590_548.91m);
        Math.Round(e.EfficiencyIndex!.Value, 6).Should().Be(1.078922m);
        e.Grade.Should().Be(EfficiencyGrade.High);
        result.Evaluation.Activities.Should().HaveCount(9);
        result.Evaluation.AdditionalCriteria.CoFunding[FundingSource.Regional].Should().BeTrue();
    }

    [Fact]
    public async Task AleksinActivitiesAreScoredOnTheirOwnFunding()
    {
        var id = await ProgramIdAsync("aleksin");

        var result = await Service(s => s.ForProgramAsync(id, ReportingPeriod.AnnualOf(2024)));

        // Line 7 «Поддержка органов ТОС»: plan 2 468 200,00, actual 2 444 908,41; no indicator is tied to it.
        var tos = result!.Evaluation.Activities.Single(a => a.Code == "7").Evaluation;
        tos.PlannedFunding.Should().Be(2_468_200.00m);
        tos.ActualFunding.Should().Be(2_444_908.41m);
        tos.Grade.Should().Be(EfficiencyGrade.NotAssessable);
    }

    [Fact]
    public async Task KedrovyUsesLastYearsFactsForGrowth()
    {
        var id = await ProgramIdAsync("kedrovy");

        var result = await Service(s => s.ForProgramAsync(id, ReportingPeriod.AnnualOf(2021)));

        // Task 1 row 2: 91,2 against 93 a year before = 98,06 %; the source prints 98,06 too.
        var score = result!.Evaluation.Program.Indicators.Single(i => i.Input.Actual == 91.2m);
        Math.Round(score.Deviation.GrowthRate!.Value, 2).Should().Be(98.06m);
        Math.Round(score.Deviation.PercentOfPlan!.Value, 1).Should().Be(91.2m);
        result.Evaluation.Program.PlannedFunding.Should().Be(1129.01m);
    }

    [Fact]
    public async Task KopeyskHalfYearIsScoredWithItsNonNumericTargets()
    {
        var id = await ProgramIdAsync("kopeysk");

        var result = await Service(s => s.ForProgramAsync(id, new ReportingPeriod(2022, PeriodKind.HalfYear)));

        var e = result!.Evaluation.Program;
        e.Indicators.Single(i => i.Input.Code == "i1").Rule.Should().Be(AchievementRule.TargetMet); // не более 2 %: 1,45 %
        e.Indicators.Single(i => i.Input.Code == "i8").S.Should().Be(0m);                         // да/нет: нет
        e.Indicators.Single(i => i.Input.Code == "i5").Rule.Should().Be(AchievementRule.TargetMet); // 1 %–5 %: 1 %
        e.EfficiencyRule.Should().Be(EfficiencyRule.NoFunding);
        e.EfficiencyIndex.Should().Be(e.ResultIndex);
    }

    [Fact]
    public async Task PeriodOfAllProgramsListsEveryProgramWithDataThatYear()
    {
        var results = await Service(s => s.ForPeriodAsync(ReportingPeriod.AnnualOf(2024), null));

        results.Select(r => r.Program.Municipality!.Code).Should().Equal("aleksin");
    }

    [Fact]
    public async Task PeriodsAreTheOnesWithReportsOrFacts()
    {
        var periods = await Service(s => s.PeriodsAsync(null));

        periods.Should().Contain([ReportingPeriod.AnnualOf(2024), ReportingPeriod.AnnualOf(2021), new ReportingPeriod(2022, PeriodKind.HalfYear)]);
    }
}
