using Npgsql;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.ProgramCache;

/// <summary>
/// The stamps the cached programs are checked against (ADR 0032): every table a program's copy is read from raises the
/// stamp of the right program in the writing transaction, once per transaction; the shared tables raise row 0.
/// </summary>
public sealed class ProgramStampTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Tables tied to a program that no cached copy reads, with the reason.</summary>
    private static readonly Dictionary<string, string> NotRead = new()
    {
        ["audit_entries"] = "the history, read by the history pages, never into a program's copy",
        ["notifications"] = "a user's inbox",
        ["program_conclusions"] = "read fresh by ConclusionService on every page that shows them",
        ["evaluation_summaries"] = "derived from the program under a stamp it records itself (ADR 0033): writing one changes no program",
    };

    private static readonly string[] Shared = ["municipalities", "methodology_versions", "departments"];

    [Fact]
    public async Task Every_table_of_a_program_and_every_shared_table_has_the_stamp_trigger()
    {
        var owned = await TestDatabase.NamesAsync("""
            SELECT DISTINCT table_name FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name IN ('program_id', 'goal_id', 'activity_id', 'indicator_id', 'report_id', 'passport_id')
              AND table_name <> 'program_stamps'
            """, portal.DatabaseName);
        var triggered = await TestDatabase.NamesAsync("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'program_stamp'", portal.DatabaseName);

        owned.Should().NotBeEmpty();
        triggered.Should().Contain(owned.Except(NotRead.Keys).Append("programs").Concat(Shared));
        triggered.Should().NotContain(NotRead.Keys);
    }

    [Theory]
    [InlineData("kozhevnikovo", "UPDATE programs SET name = name WHERE id = @p")]
    [InlineData("kozhevnikovo", "UPDATE indicator_values SET actual = actual WHERE indicator_id IN (SELECT id FROM indicators WHERE program_id = @p)")]
    [InlineData("kozhevnikovo", "UPDATE objectives SET name = name WHERE goal_id IN (SELECT id FROM goals WHERE program_id = @p)")]
    [InlineData("kozhevnikovo", "UPDATE activity_executors SET department_id = department_id WHERE activity_id IN (SELECT id FROM activities WHERE program_id = @p)")]
    [InlineData("kozhevnikovo", "UPDATE funding_lines SET actual = actual WHERE program_id = @p")]
    [InlineData("aleksin", "UPDATE report_activity_executions SET done = done WHERE report_id IN (SELECT id FROM progress_reports WHERE program_id = @p)")]
    public async Task A_write_raises_the_stamp_of_its_program_once_and_no_other(string program, string sql)
    {
        var kozhevnikovo = await ReportPages.KozhevnikovoIdAsync(portal);
        var aleksin = await ReportPages.AleksinIdAsync(portal);
        var (own, other) = program == "aleksin" ? (aleksin, kozhevnikovo) : (kozhevnikovo, aleksin);
        var before = (Own: await StampAsync(own), Other: await StampAsync(other), Shared: await StampAsync(0));

        var rows = await ExecuteAsync(sql, own);

        rows.Should().BePositive("the statement must change rows of the program to test anything");
        (await StampAsync(own)).Should().Be(before.Own + 1, $"one transaction of {rows} rows raises the stamp once");
        (await StampAsync(other)).Should().Be(before.Other);
        (await StampAsync(0)).Should().Be(before.Shared);
    }

    [Fact]
    public async Task A_change_of_a_municipality_or_its_departments_raises_the_shared_stamp()
    {
        var kozhevnikovo = await ReportPages.KozhevnikovoIdAsync(portal);
        var (shared, own) = (await StampAsync(0), await StampAsync(kozhevnikovo));

        var departments = await ExecuteAsync("UPDATE departments SET name = name WHERE municipality_id = (SELECT municipality_id FROM programs WHERE id = @p)", kozhevnikovo);
        var municipalities = await ExecuteAsync("UPDATE municipalities SET name = name WHERE id = (SELECT municipality_id FROM programs WHERE id = @p)", kozhevnikovo);

        departments.Should().BeGreaterThan(1);
        municipalities.Should().Be(1);
        (await StampAsync(0)).Should().Be(shared + 2, "two transactions");
        (await StampAsync(kozhevnikovo)).Should().Be(own);
    }

    [Fact]
    public async Task A_rolled_back_write_leaves_the_stamp()
    {
        var kozhevnikovo = await ReportPages.KozhevnikovoIdAsync(portal);
        var before = await StampAsync(kozhevnikovo);
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await using var update = new NpgsqlCommand("UPDATE programs SET name = name || '!' WHERE id = @p", connection, tx);
            update.Parameters.AddWithValue("p", kozhevnikovo);
            (await update.ExecuteNonQueryAsync()).Should().Be(1);
            await tx.RollbackAsync();
        }

        (await StampAsync(kozhevnikovo)).Should().Be(before);
    }

    private async Task<long> StampAsync(int programId)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce((SELECT stamp FROM program_stamps WHERE program_id = @p), 0)", connection);
        command.Parameters.AddWithValue("p", programId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<int> ExecuteAsync(string sql, int programId)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", programId);
        return await command.ExecuteNonQueryAsync();
    }
}
