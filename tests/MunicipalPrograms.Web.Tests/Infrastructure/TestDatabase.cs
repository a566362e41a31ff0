using MunicipalPrograms.Web.Data;
using Microsoft.EntityFrameworkCore;
using System.Text.RegularExpressions;
using Npgsql;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL that scripts/test.sh started (MP_DB_BASE), or the local development cluster's default
/// address when the tests are run straight from an IDE. Every database a test run makes is named
/// <c>{MP_TEST_DB}_…</c>, so two working copies with different MP_TEST_DB run side by side on one server.
/// </summary>
public static partial class TestDatabase
{
    /// <summary>A role that can create databases and roles; scripts/test.sh exports it (no password lives in the code).</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("MP_DB_BASE") is { Length: > 0 } server ? server
            : throw new InvalidOperationException(
                "MP_DB_BASE is not set: run the tests with scripts/test.sh, or export MP_DB_BASE=\"Host=…;Port=…;Username=…;Password=…\" (docs/operations.md).");

    /// <summary>The prefix of every database of this working copy's test runs. Declared before every field built from it:
    /// static fields are initialised in text order, and a later one would still be null here (the app role was «_app»,
    /// shared by every working copy, each run resetting the others' password).</summary>
    public static readonly string Prefix =
        Environment.GetEnvironmentVariable("MP_TEST_DB") is { Length: > 0 } prefix ? prefix : "municipal_programs_test";

    /// <summary>
    /// The portal's run-time role in the tests, as mp_app in production (scripts/sql/portal-roles.sql): rows of the
    /// portal's tables only. Roles are cluster-wide, so it is named after the prefix; its password is new each run.
    /// </summary>
    // A property, not a field: a field initialised here would read Prefix (declared below) before it is set, and every
    // working copy would share one role "_app" whose password each run overwrites.
    public static string AppRole => Prefix + "_app";

    private static readonly string AppPassword = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The portal's connection to a test database: as <see cref="AppRole"/>, like production.</summary>
    public static string AppFor(string database) =>
        new NpgsqlConnectionStringBuilder(For(database)) { Username = AppRole, Password = AppPassword }.ConnectionString;

    /// <summary>Creates <see cref="AppRole"/> if missing and gives it the password of this run.</summary>
    internal static async Task EnsureAppRoleAsync()
    {
        await ExecuteAsync($"""
            DO $$BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AppRole}') THEN CREATE ROLE "{AppRole}"; END IF;
            END$$;
            ALTER ROLE "{AppRole}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{AppPassword}';
            """);
    }

    /// <summary>Migrated, with the demo data: what every test class's database is copied from.</summary>
    public static readonly string TemplateName = Prefix + "_template";

    /// <remarks>The tests' databases are thrown away: their sessions need not wait for the WAL to reach the disk
    /// (the cluster itself keeps synchronous_commit on, scripts/lib/postgres.sh).</remarks>
    public static string For(string database) => $"{ServerConnectionString};Database={database};Include Error Detail=true;Options=-c synchronous_commit=off";

    /// <summary>A context on a test database, as the superuser: what a test reads or prepares its rows with.</summary>
    public static AppDbContext Context(string database) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(For(database)).Options);

    private static readonly Lazy<Task> Template = new(TemplateDatabase.BuildAsync);
    private static readonly SemaphoreSlim Copying = new(1, 1);
    private static int _count;

    /// <summary>A database name no other class of this run uses; PostgreSQL keeps 63 bytes of a name.</summary>
    public static string NewName(string label)
    {
        var name = $"{Prefix}_c{Interlocked.Increment(ref _count):D3}_{NotAName().Replace(label.ToLowerInvariant(), "")}";
        return name.Length <= 63 ? name : name[..63];
    }

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex NotAName();

    /// <summary>A fresh copy of the template (built once per test run, on first use).</summary>
    public static async Task CreateFromTemplateAsync(string database)
    {
        await Template.Value;
        // CREATE DATABASE … TEMPLATE refuses while another session is on the template; copies one at a time.
        await Copying.WaitAsync();
        try
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            await ExecuteAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{TemplateName}\"");
        }
        finally
        {
            Copying.Release();
        }
    }

    /// <summary>Drops and recreates an empty database.</summary>
    public static async Task RecreateAsync(string database)
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE \"{database}\"");
    }

    /// <summary>Drops a database even if a pooled connection of the portal is still open on it.</summary>
    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(For(database)));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(MunicipalPrograms.Web.Infrastructure.DatabaseStartup.Tune(AppFor(database)))); // the portal's own
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    internal static async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection($"{ServerConnectionString};Database={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<List<string>> NamesAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection($"{ServerConnectionString};Database={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
