namespace MunicipalPrograms.Web.OpenData;

/// <summary>The kind of a field's values, as the open-data page describes it.</summary>
public enum FieldType { Text, Integer, Number, Date, DateTime }

/// <summary>One column of a dataset: its code name (the CSV header and the JSON property), its meaning in Russian, its type.</summary>
public sealed record OpenDataField(string Name, string Description, FieldType Type);

/// <summary>
/// A published dataset: what the open-data page lists, and its rows as cells in the order of its fields, as a stream — the
/// files are written while the rows are read, so a set of six million values never sits in memory (issue 12).
/// </summary>
public abstract class OpenDataset(string code, string title, string description)
{
    public string Code { get; } = code;
    public string Title { get; } = title;
    public string Description { get; } = description;
    public abstract IReadOnlyList<OpenDataField> Fields { get; }
    public abstract IAsyncEnumerable<object?[]> RowsAsync(OpenDataQueries queries, CancellationToken ct);
}

/// <summary>A dataset over one row type: each field together with how its cell is read, so they cannot drift apart.</summary>
public sealed class OpenDataset<TRow>(string code, string title, string description,
    Func<OpenDataQueries, CancellationToken, IAsyncEnumerable<TRow>> load, params Column<TRow>[] columns) : OpenDataset(code, title, description)
{
    public override IReadOnlyList<OpenDataField> Fields { get; } = columns.Select(c => c.Field).ToList();

    public override async IAsyncEnumerable<object?[]> RowsAsync(OpenDataQueries queries, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in load(queries, ct).WithCancellation(ct)) yield return columns.Select(c => c.Value(row)).ToArray();
    }
}

public sealed record Column<TRow>(OpenDataField Field, Func<TRow, object?> Value)
{
    public static Column<TRow> Of(string name, FieldType type, string description, Func<TRow, object?> value) =>
        new(new OpenDataField(name, description, type), value);
}
