using Npgsql;

namespace MunicipalPrograms.Web.Tests.Operations.Hostile;

/// <summary>
/// A fingerprint of every table's content (md5 of its rows as text, in a fixed order), to show that a refused request
/// changed nothing. Per-request bookkeeping is left out (see <see cref="Bookkeeping"/>).
/// </summary>
public static class DatabaseSnapshot
{
    /// <summary>Tables a request writes whatever its input, by design — not data a form changes.</summary>
    public static readonly IReadOnlyDictionary<string, string> Bookkeeping = new Dictionary<string, string>
    {
        ["sign_in_attempts"] = "every sign-in attempt is recorded, refused ones too (lockout per name and address)",
        ["user_sessions"] = "sign-in starts a session and the per-request check touches its last-seen time",
        ["temp_data"] = "the refusal shown after a redirect is kept there until the next page reads it",
    };

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string connectionString, IEnumerable<string> alsoSkipped)
    {
        var skipped = Bookkeeping.Keys.Concat(alsoSkipped).ToHashSet();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var sql = string.Join(" UNION ALL ", tables.Where(t => !skipped.Contains(t)).Select(t =>
            $"SELECT '{t}', md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM \"{t}\" x"));
        var result = new Dictionary<string, string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync()) result[rows.GetString(0)] = rows.GetString(1);
        return result;
    }

    /// <summary>The tables whose content differs between two snapshots.</summary>
    public static IEnumerable<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order(StringComparer.Ordinal);
}
