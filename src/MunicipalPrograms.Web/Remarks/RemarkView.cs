using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;

namespace MunicipalPrograms.Web.Remarks;

/// <summary>One remark as the report page shows it: the row it is about, what has become of it and what this user may do.</summary>
public sealed record RemarkView(ValueRemark Remark, RemarkRow Row, DateOnly CreatedOn, bool CanAnswer, bool CanClose)
{
    /// <summary>The value differs from the one the remark was made on.</summary>
    public bool ValueChanged => Remark.ValueAtRemark != Row.Value;

    /// <summary>«исправлено: было 12, стало 14» when the value changed, else null.</summary>
    public string? Correction => ValueChanged ? $"исправлено: было {Row.Show(Remark.ValueAtRemark)}, стало {Row.Show(Row.Value)}" : null;

    /// <summary>The remarks of a program loaded for the report page, open first, each tied to its row (rows no longer in the report are left out).</summary>
    public static IReadOnlyList<RemarkView> Of(MunicipalProgram program, ReportingPeriod period, ReportRights rights)
    {
        if (program.Reports.SingleOrDefault() is not { } report) return [];
        var zone = program.Municipality?.TimeZoneId;
        return report.Remarks.OrderBy(r => r.IsOpen ? 0 : 1).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => (Remark: r, Row: RemarkRow.Find(program, period, r.Subject, r.SubjectId)))
            .Where(x => x.Row is not null)
            .Select(x => new RemarkView(x.Remark, x.Row!, DateOnly.FromDateTime(TimeZones.Local(x.Remark.CreatedAt, zone)),
                CanAnswer: x.Remark.IsOpen && rights.EditableStatus && !rights.CanReview && x.Row!.EditableBy(rights),
                CanClose: x.Remark.IsOpen && rights.CanReview))
            .ToList();
    }
}

/// <summary>A remark or answer refused for its text: the form it was typed into, the message and the typed text (kept).</summary>
public sealed record RemarkError(string FormId, string Message, string? Typed);
