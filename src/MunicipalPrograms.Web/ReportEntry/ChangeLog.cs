using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// Collects, during one save, the field errors (keyed by form field name), the conflicts with other
/// users' saves and the audit entries of the accepted changes. The save stores nothing unless both
/// error lists are empty.
/// </summary>
public sealed class ChangeLog(int programId, string userName, DateTimeOffset now)
{
    /// <summary>Field name → message; the empty field name is for the top of the page (several allowed).</summary>
    public List<KeyValuePair<string, string>> Errors { get; } = [];
    public List<string> Conflicts { get; } = [];
    /// <summary>The form field of each conflict ("" for the report as a whole), parallel to <see cref="Conflicts"/>.</summary>
    public List<string> ConflictFields { get; } = [];
    /// <summary>Why these values change, written on every entry that has no reason of its own (an uploaded file).</summary>
    public string? Reason { get; init; }
    public List<AuditEntry> Entries { get; } = [];
    public bool Failed => Errors.Count > 0 || Conflicts.Count > 0;

    /// <summary>One message per field (the first found); any number for the page as a whole.</summary>
    public void Error(string field, string message)
    {
        if (field.Length == 0 || !Errors.Exists(e => e.Key == field)) Errors.Add(new(field, message));
    }

    /// <summary>Records field → old → new (a field code and invariant values) if they differ; returns whether they did.</summary>
    public bool Track(string subject, int subjectId, string subjectName, string field, string? oldValue, string? newValue, string? reason = null)
    {
        if (oldValue == newValue) return false;
        Entries.Add(new AuditEntry
        {
            ProgramId = programId, Subject = subject, SubjectId = subjectId, SubjectName = TextLength.Cut(subjectName, 500),
            Field = field, OldValue = oldValue, NewValue = newValue, Reason = reason ?? Reason, UserName = userName, At = now,
        });
        return true;
    }

    /// <summary>
    /// Someone else saved the row after this user opened the page: show both values, keep the user's.
    /// Fields are given as the log stores them (codes, invariant values) and shown as the audit page shows them.
    /// </summary>
    public void Conflict(string subjectName, IEnumerable<(string Field, string? Yours, string? Stored)> fields, string formField = "")
    {
        ConflictFields.Add(formField);
        var parts = fields.Select(f => $"{AuditDisplay.FieldCaption(f.Field)}: ваше значение «{AuditDisplay.Value(f.Field, f.Yours) ?? "пусто"}», "
                                       + $"сохраненное другим пользователем — «{AuditDisplay.Value(f.Field, f.Stored) ?? "пусто"}»");
        Conflicts.Add($"{subjectName} — {string.Join("; ", parts)}.");
    }

    /// <summary>A trimmed text field (empty → null), with an error when it is longer than allowed.</summary>
    public string? Text(string? text, int max, string field)
    {
        var t = string.IsNullOrWhiteSpace(text) ? null : text.Trim().Replace("\r\n", "\n");
        if (t is not null && t.Length > max) Error(field, ReportTextLimits.TooLong(max, t.Length));
        return t;
    }}
