using Npgsql;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL that scripts/test.sh started (MP_DB_BASE), or the local development
/// cluster's default address when the tests are run straight from an IDE.
/// </summary>
public static class TestDatabase
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("MP_DB_BASE")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=mp_dev_password";

    public static string For(string database) => $"{ServerConnectionString};Database={database};Include Error Detail=true";

    /// <summary>Drops and recreates an empty database, so every test run starts from nothing.</summary>
    public static async Task RecreateAsync(string database)
    {
        await using var connection = new NpgsqlConnection($"{ServerConnectionString};Database=postgres");
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection))
            await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }
}
