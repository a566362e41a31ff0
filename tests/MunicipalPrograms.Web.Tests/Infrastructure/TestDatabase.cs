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
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("MP_DB_BASE")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=mp_dev_password";

    /// <summary>The prefix of every database of this working copy's test runs.</summary>
    public static readonly string Prefix =
        Environment.GetEnvironmentVariable("MP_TEST_DB") is { Length: > 0 } prefix ? prefix : "municipal_programs_test";

    /// <summary>Migrated, with the demo data: what every test class's database is copied from.</summary>
    public static readonly string TemplateName = Prefix + "_template";

    public static string For(string database) => $"{ServerConnectionString};Database={database};Include Error Detail=true";

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
        NpgsqlConnection.ClearPool(new NpgsqlConnection(MunicipalPrograms.Web.Infrastructure.DatabaseStartup.Tune(For(database)))); // the portal's own
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    internal static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection($"{ServerConnectionString};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<List<string>> NamesAsync(string sql)
    {
        await using var connection = new NpgsqlConnection($"{ServerConnectionString};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
