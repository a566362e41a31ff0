using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Tests.Infrastructure;
using Npgsql;

namespace MunicipalPrograms.Web.Tests.Data;

/// <summary>The database itself refuses invalid data, whatever code writes it.</summary>
public sealed class DatabaseRulesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(AppDbContext Db, int ProgramId, int ActivityId, int IndicatorId)> KozhevnikovoAsync()
    {
        var db = portal.CreateDbContext();
        var program = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01")
            .Select(p => new { p.Id, Activity = p.Activities.First().Id, Indicator = p.Indicators.First().Id }).SingleAsync();
        return (db, program.Id, program.Activity, program.Indicator);
    }

    private static async Task<string> RefusedAsync(AppDbContext db)
    {
        var act = () => db.SaveChangesAsync();
        var error = await act.Should().ThrowAsync<DbUpdateException>();
        return ((PostgresException)error.Which.InnerException!).ConstraintName!;
    }

    [Theory]
    [InlineData("-1", null)]
    [InlineData("10", "-0.01")]
    public async Task Negative_money_is_refused(string planned, string? actual)
    {
        var (db, programId, activityId, _) = await KozhevnikovoAsync();
        await using var _ = db;
        db.FundingLines.Add(new FundingLine
        {
            ProgramId = programId, ActivityId = activityId, Year = 2022, Source = FundingSource.ExtraBudgetary,
            Planned = Decimals.Dec(planned), Actual = actual is null ? null : Decimals.Dec(actual),
        });
        (await RefusedAsync(db)).Should().Be("ck_funding_amounts_not_negative");
    }

    [Fact]
    public async Task A_plan_value_for_a_year_outside_the_program_period_is_refused()
    {
        var (db, _, _, indicatorId) = await KozhevnikovoAsync(); // 2021–2026
        await using var _ = db;
        db.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicatorId, Year = 2027, Planned = 70 });
        (await RefusedAsync(db)).Should().Be("ck_year_in_program_period");
    }

    [Fact]
    public async Task A_funding_line_outside_the_program_period_is_refused_but_a_previous_years_fact_is_kept()
    {
        var (db, programId, activityId, indicatorId) = await KozhevnikovoAsync();
        await using var _ = db;
        db.FundingLines.Add(new FundingLine { ProgramId = programId, ActivityId = activityId, Year = 2020, Source = FundingSource.ExtraBudgetary, Planned = 1 });
        (await RefusedAsync(db)).Should().Be("ck_year_in_program_period");

        db.ChangeTracker.Clear();
        db.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicatorId, Year = 2020, Actual = 55 }); // a fact, no plan
        await db.SaveChangesAsync();
        await using var check = portal.CreateDbContext();
        (await check.IndicatorValues.Where(v => v.IndicatorId == indicatorId && v.Year == 2020).Select(v => v.Actual).SingleAsync()).Should().Be(55m);
    }

    [Fact]
    public async Task A_weight_outside_0_to_1_is_refused()
    {
        await using var db = portal.CreateDbContext();
        var report = await db.Reports.Where(r => db.Programs.Any(p => p.Id == r.ProgramId && p.Municipality!.Code == "kedrovy")).Select(r => new { r.Id, r.ProgramId }).FirstAsync();
        var indicator = await db.Indicators.Where(i => i.ProgramId == report.ProgramId).Select(i => i.Id).FirstAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(); // rolled back: the demo data stays as it was
        await db.Database.ExecuteSqlRawAsync("DELETE FROM report_indicator_weights WHERE report_id = {0} AND indicator_id = {1}", report.Id, indicator);
        db.Add(new ReportIndicatorWeight { ReportId = report.Id, IndicatorId = indicator, Weight = 1.5m });
        (await RefusedAsync(db)).Should().Be("ck_weight_range");
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task Every_migration_applies_to_an_empty_database()
    {
        var database = TestDatabase.Prefix + "_migrations";
        await TestDatabase.RecreateAsync(database);
        try
        {
            await using var db = TestDatabase.Context(database);

            await db.Database.MigrateAsync();

            (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            (await db.Programs.CountAsync()).Should().Be(0);
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }
}
