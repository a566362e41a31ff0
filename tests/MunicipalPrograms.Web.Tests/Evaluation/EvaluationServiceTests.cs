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
        // Seed 000: 37 indicators weighted 1/37; section 3 «Всего» (lines 600–606): plan 10 632 100,00, actual 10 590 548,91.
        // By hand (docs/methodology.md §13): Ip = 40,0767281 / 37 = 1,0831548; Iэ = 10 590 548,91 × 1,0831548 / 10 632 100,00 = 1,0789218.
        e.IncludedCount.Should().Be(37);
        Math.Round(e.ResultIndex!.Value, 7).Should().Be(1.0831548m);
        e.PlannedFunding.Should().Be(10_632_100.00m);
        e.ActualFunding.Should().Be(10_590_548.91m);
        Math.Round(e.EfficiencyIndex!.Value, 7).Should().Be(1.0789218m);
        e.Grade.Should().Be(EfficiencyGrade.High);
        result.Evaluation.Activities.Should().HaveCount(9);
        result.Evaluation.AdditionalCriteria.CoFunding[FundingSource.Regional].Should().BeTrue();
    }

    [Fact]
    public async Task AleksinActivitiesAreScoredOnTheirOwnFunding()
    {
        var id = await ProgramIdAsync("aleksin");

        var result = await Service(s => s.ForProgramAsync(id, ReportingPeriod.AnnualOf(2024)));

        // Seed 000, section 3, line 7 «Поддержка органов ТОС»: plan 2 468 200,00, actual 2 444 908,41; no indicator is tied to it.
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
        result.Evaluation.Program.PlannedFunding.Should().Be(1129.01m, "seed 001, Form 2, «Всего», plan (line 215), тыс. руб.");
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
        // Worked by hand in KopeyskHalfYear (Reports/ReviewQueueTests.cs): Ip = 617,5315705 / 25 = 24,7012628; no funding, so Iэ = Ip.
        Math.Round(e.ResultIndex!.Value, 7).Should().Be(24.7012628m);
        e.EfficiencyRule.Should().Be(EfficiencyRule.NoFunding);
        Math.Round(e.EfficiencyIndex!.Value, 7).Should().Be(24.7012628m);
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

        // Алексин reports on 2024, Копейск on the 1st half of 2022, Кедровый on 2021 and keeps last year's facts (seed 001,
        // Form 1, column 4 «факт на начало отчетного периода (за прошлый год)»: 2020); Кожевниковский has plans only. Latest first.
        periods.Should().Equal(ReportingPeriod.AnnualOf(2024), new ReportingPeriod(2022, PeriodKind.HalfYear), ReportingPeriod.AnnualOf(2021), ReportingPeriod.AnnualOf(2020));
    }
}
