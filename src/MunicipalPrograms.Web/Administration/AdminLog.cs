using MunicipalPrograms.Domain.Audit;

namespace MunicipalPrograms.Web.Administration;

/// <summary>Entries of the administration log: one per changed field (old → new, invariant text), or one per action.</summary>
public static class AdminLog
{
    public static IEnumerable<AdminLogEntry> Changes(int? municipalityId, string subject, int subjectId, string subjectName,
        IReadOnlyList<(string Field, string? Value)> before, IReadOnlyList<(string Field, string? Value)> after, string userName, DateTimeOffset at) =>
        before.Zip(after).Where(p => p.First.Value != p.Second.Value).Select(p => new AdminLogEntry
        {
            MunicipalityId = municipalityId, Subject = subject, SubjectId = subjectId, SubjectName = subjectName, Field = p.First.Field,
            OldValue = p.First.Value, NewValue = p.Second.Value, UserName = userName, At = at,
        });

    public static AdminLogEntry Action(int? municipalityId, string subject, int subjectId, string subjectName, string action, string? value,
        string? reason, string userName, DateTimeOffset at) => new()
    {
        MunicipalityId = municipalityId, Subject = subject, SubjectId = subjectId, SubjectName = subjectName, Field = action,
        NewValue = value, Reason = reason, UserName = userName, At = at,
    };
}
