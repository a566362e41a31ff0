using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Web.Data.DemoData;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.DemoData;

public sealed class DemoDataLoadTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryDemoFileBecomesOneProgram()
    {
        var files = DemoDataLoader.ReadAll(DemoDataLoader.DefaultFolder);
        await using var db = portal.CreateDbContext();
        var programs = await db.Programs.Include(p => p.Municipality).ToListAsync();

        // One file per source document 000–003 (registry codes as in the README's demo data table and the files' sourceNotes).
        (string, string)[] expected = [("aleksin", "ALX-MP-04"), ("kedrovy", "04"), ("kozhevnikovo", "KZH-MP-01"), ("kopeysk", "KPS-PM-2022")];
        files.Select(f => (f.Municipality.Code, f.Program.RegistryCode)).Should().BeEquivalentTo(expected);
        programs.Select(p => (p.Municipality!.Code, p.RegistryCode)).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task LoadingAgainAddsNothing()
    {
        await using var before = portal.CreateDbContext();
        var counts = (await before.Programs.CountAsync(), await before.Indicators.CountAsync(), await before.FundingLines.CountAsync());

        var added = await portal.WithScopeAsync(sp => sp.GetRequiredService<DemoDataLoader>().LoadAsync(DemoDataLoader.DefaultFolder));

        await using var after = portal.CreateDbContext();
        added.Should().Be(0);
        (await after.Programs.CountAsync(), await after.Indicators.CountAsync(), await after.FundingLines.CountAsync())
            .Should().Be(counts);
    }

    [Fact]
    public async Task AleksinReportHasAll37IndicatorsWithBasePlanAndActual()
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.Include(p => p.Indicators).ThenInclude(i => i.Values)
            .SingleAsync(p => p.Municipality!.Code == "aleksin");

        program.Indicators.Should().HaveCount(37);
        var first = program.Indicators.Single(i => i.Code == "1");
        first.BaseValue.Should().Be(65);
        first.ValueFor(ReportingPeriod.AnnualOf(2024))!.Planned.Should().Be(30);
        first.ValueFor(ReportingPeriod.AnnualOf(2024))!.Actual.Should().Be(74);
        var incidents = program.Indicators.Single(i => i.Code == "11");
        incidents.Direction.Should().Be(Direction.Decrease);
        incidents.ValueFor(ReportingPeriod.AnnualOf(2024))!.Actual.Should().Be(1.1m);
        program.Indicators.Single(i => i.Code == "19").ValueFor(ReportingPeriod.AnnualOf(2024))!.DeviationReason
            .Should().Contain("оформления юридического лица");
    }

    [Fact]
    public async Task AleksinFundingTotalsAreComputedFromItsNineLines()
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.Include(p => p.FundingLines).Include(p => p.Activities)
            .SingleAsync(p => p.Municipality!.Code == "aleksin");

        var totals = FundingTotals.Of(program.FundingLines.Where(f => f.Year == 2024));

        program.Activities.Should().HaveCount(9);
        // Seed 000, section 3, «Всего» (lines 600–610).
        totals.Planned.Should().Be(10_632_100.00m);
        totals.Actual.Should().Be(10_590_548.91m);
        totals.PlannedBySource[FundingSource.Regional].Should().Be(1_106_000.00m);
        totals.ActualBySource[FundingSource.Local].Should().Be(9_484_548.91m);
    }

    [Fact]
    public async Task KedrovyKeepsPreviousYearFactsAndStructureCodes()
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.Include(p => p.Indicators).ThenInclude(i => i.Values).Include(p => p.Activities)
            .Include(p => p.FundingLines).SingleAsync(p => p.Municipality!.Code == "kedrovy");

        program.Activities.Should().Contain(a => a.StructureCode != null && a.StructureCode.StartsWith("04"));
        program.Indicators.Should().Contain(i => i.Values.Any(v => v.Year == 2020 && v.Actual != null));
        program.Indicators.Should().Contain(i => i.Values.Any(v => v.Year == 2020 && v.NotMeasured));
        var totals = FundingTotals.Of(program.FundingLines.Where(f => f.Year == 2021));
        totals.Planned.Should().Be(1129.01m, "seed 001, Form 2, «Всего» (line 215)");
        totals.Actual.Should().Be(1097.79m, "seed 001, Form 2, «Всего» (line 217)");
    }
}

public sealed class DemoProgramTotalsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task KozhevnikovoTask2SubtotalIsComputedFromItsRowsNotThePrintedOne()
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.Include(p => p.FundingLines).Include(p => p.Activities).ThenInclude(a => a.Objective)
            .SingleAsync(p => p.Municipality!.Code == "kozhevnikovo");
        var task2 = program.Activities.Where(a => a.Objective?.Code == "1.2").Select(a => a.Id).ToHashSet();

        var task2In2024 = FundingTotals.Of(program.FundingLines.Where(f => task2.Contains(f.ActivityId) && f.Year == 2024));
        var whole = FundingTotals.Of(program.FundingLines);

        // Seed 002 prints 624,9 for task 2 in 2024 (line 1070) and 23 084,76 for the program (line 258); its rows add up to these,
        // plus the demo amendment of 15.02.2024 (DemoProgramAmendment: activity 2.1 of task 2, 2024: 364,90 → 412,50, i.e. +47,60):
        task2In2024.Planned.Should().Be(625.8m + 47.60m);
        whole.Planned.Should().Be(23_086.557m + 47.60m);
        program.StartYear.Should().Be(2021);
        program.EndYear.Should().Be(2026);
    }

    /// <summary>
    /// The passport (seed 002, «ВСЕГО», lines 252–257) prints 4 084,48 / 3 763,52 / 3 559,38 / 3 559,38 / 3 559,38 / 4 558,62 тыс. руб. Our totals are
    /// computed from the rows: they agree within rounding, except 2024 and 2025 where the rows add up to 0,90 more
    /// (the same task-2 row typo as the printed 624,9 subtotal; the source values are kept as printed).
    /// </summary>
    [Theory]
    [InlineData(2021, "4084.48", "0")]
    [InlineData(2022, "3763.52", "0")]
    [InlineData(2023, "3559.38", "0")]
    [InlineData(2024, "3559.38", "0.90")]
    [InlineData(2025, "3559.38", "0.90")]
    [InlineData(2026, "4558.62", "0")]
    public async Task KozhevnikovoPlannedFundingByYearMatchesThePassport(int year, string passport, string sourceTypo)
    {
        await using var db = portal.CreateDbContext();
        var lines = await db.FundingLines.Where(f => f.Year == year && f.Period == PeriodKind.Year
            && db.Programs.Any(p => p.Id == f.ProgramId && p.RegistryCode == "KZH-MP-01")).ToListAsync();

        var computed = FundingTotals.Of(lines).Planned;
        // The demo amendment of 15.02.2024 (DemoProgramAmendment) raised 2024 by 412,50 − 364,90 = 47,60.
        var amendment = year == 2024 ? 47.60m : 0m;

        computed.Should().BeApproximately(Decimals.Dec(passport) + Decimals.Dec(sourceTypo) + amendment, 0.005m);
    }

    [Fact]
    public async Task KopeyskHalfYearKeepsItsNonNumericTargets()
    {
        await using var db = portal.CreateDbContext();
        var indicators = await db.Indicators.Include(i => i.Values)
            .Where(i => db.Programs.Any(p => p.Id == i.ProgramId && p.Municipality!.Code == "kopeysk")).ToListAsync();
        var halfYear = new ReportingPeriod(2022, PeriodKind.HalfYear);

        var atMost = indicators.Single(i => i.Code == "i1");
        atMost.TargetKind.Should().Be(TargetKind.AtMost);
        atMost.ValueFor(halfYear)!.Planned.Should().Be(2m);
        atMost.ValueFor(halfYear)!.Actual.Should().Be(1.45m);
        var range = indicators.Single(i => i.Code == "i5");
        range.TargetKind.Should().Be(TargetKind.Range);
        (range.ValueFor(halfYear)!.Planned, range.ValueFor(halfYear)!.PlannedUpper).Should().Be((1m, 5m));
        indicators.Should().Contain(i => i.TargetKind == TargetKind.YesNo);
        indicators.Should().Contain(i => i.TargetKind == TargetKind.AtLeast);
        await using var db2 = portal.CreateDbContext();
        (await db2.Reports.AnyAsync(r => r.Period == PeriodKind.HalfYear && r.Year == 2022)).Should().BeTrue();
    }
}
