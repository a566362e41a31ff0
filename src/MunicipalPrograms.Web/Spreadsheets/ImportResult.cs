using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Spreadsheets;

/// <summary>Where a form field came from: the sheet, the cell and what it held.</summary>
public sealed record CellRef(string Sheet, string Address, string? Typed);

/// <summary>One value an upload changes (or would change), as the preview and the journal show it.</summary>
public sealed record ImportChange(string Subject, string Field, string? Old, string? New);

/// <summary>
/// What became of an uploaded file: refused as a whole, cells with problems, conflicts, or the changes (checked or
/// applied). The plan upload decides access before reading the file, so its <see cref="Access"/> stays Allowed.
/// </summary>
public sealed class ImportResult
{
    public ReportAccess Access { get; init; } = ReportAccess.Allowed;
    public string? Refusal { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];
    public IReadOnlyList<string> Conflicts { get; init; } = [];
    public IReadOnlyList<ImportChange> Changes { get; init; } = [];
    public bool Applied { get; init; }
    public bool Ok => Access == ReportAccess.Allowed && Refusal is null && Problems.Count == 0 && Conflicts.Count == 0;
}

