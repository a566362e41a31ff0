using System.Globalization;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>
/// A change of a draft's plan as an audit entry: the field is the area and the plan field code, with the period
/// for planned values and funding («PlannedValue.planned@2025/Year»); the subject is the item's key and label.
/// </summary>
public static class PlanAudit
{
    public static AuditEntry Entry(int programId, PlanChange c, string userName, DateTimeOffset at, string? reason = null) => new()
    {
        ProgramId = programId, Subject = AuditSubjects.ProgramDraft, SubjectId = c.Key, SubjectName = c.Item,
        Field = FieldOf(c), OldValue = c.Kind == ChangeKind.Added ? null : c.Before ?? (c.Field is null ? c.Item : null),
        NewValue = c.Kind == ChangeKind.Removed ? null : c.After ?? (c.Field is null ? c.Item : null), UserName = userName, At = at, Reason = reason,
    };

    public static string FieldOf(PlanChange c)
    {
        var field = $"{c.Area}.{c.Field ?? c.Kind.ToString().ToLowerInvariant()}";
        var text = c.Period is { } p ? $"{field}@{p.Year.ToString(CultureInfo.InvariantCulture)}/{p.Kind}" : field;
        return text.Length <= AuditEntry.FieldMaxLength ? text : text[..AuditEntry.FieldMaxLength];
    }
}
