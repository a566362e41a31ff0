using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Tests.Infrastructure;
using Npgsql;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>
/// Issue 17, finding 7: the portal's run-time connection reads and writes rows and nothing more. Every test portal
/// runs as the app role (PortalFactory), so the whole suite shows the portal needs no more; this class shows that
/// the role cannot change the schema, read server files or make itself superuser.
/// </summary>
public sealed class LeastPrivilegeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_portal_runs_as_a_role_that_is_not_the_superuser()
    {
        var used = await portal.WithScopeAsync(s =>
            Task.FromResult(s.GetRequiredService<MunicipalPrograms.Web.Data.AppDbContext>().Database.GetConnectionString()));

        new NpgsqlConnectionStringBuilder(used).Username.Should().Be(TestDatabase.AppRole);
        var client = await portal.SignInAsync("kozh.admin");
        (await client.GetAsync("/Reports")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("CREATE TABLE intruder (id int)")]
    [InlineData("ALTER TABLE programs ADD COLUMN intruder int")]
    [InlineData("DROP TABLE audit_entries")]
    [InlineData("SELECT pg_ls_dir('.')")]
    [InlineData("SELECT pg_read_file('postgresql.conf')")]
    [InlineData("COPY programs TO '/tmp/programs.csv'")]
    public async Task The_app_role_cannot_change_the_schema_nor_touch_server_files(string sql)
    {
        var refused = await RunAsAppRole(sql);

        refused.Should().NotBeNull($"'{sql}' must be refused");
        refused!.SqlState.Should().BeOneOf(PostgresErrorCodes.InsufficientPrivilege, PostgresErrorCodes.UndefinedTable);
        // DROP TABLE of a missing table would also fail; the name must exist for the check to mean something.
        if (sql.StartsWith("DROP")) refused.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_app_role_reads_and_writes_rows()
    {
        (await RunAsAppRole("SELECT count(*) FROM programs")).Should().BeNull();
        (await RunAsAppRole("UPDATE programs SET id = id WHERE false")).Should().BeNull();
        (await RunAsAppRole($"ALTER ROLE \"{TestDatabase.AppRole}\" SUPERUSER"))!.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    /// <summary>The error PostgreSQL answered, or null when the statement ran.</summary>
    private async Task<PostgresException?> RunAsAppRole(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.AppFor(portal.DatabaseName) + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            await command.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException e)
        {
            return e;
        }
    }
}
