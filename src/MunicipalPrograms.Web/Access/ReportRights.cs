using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Access;

/// <summary>
/// What one user may do with one program's report. The responsible executor fills in everything and
/// submits; a co-executor fills in only the activities assigned to its department (their funding and
/// execution) and the indicators attached to those activities; Finance reviews. Nobody edits a report
/// that is submitted or accepted.
/// </summary>
public sealed class ReportRights
{
    private readonly HashSet<int>? _activities; // null: every activity

    private ReportRights(bool isResponsible, bool isReviewer, HashSet<int>? activities, bool editableStatus)
    {
        IsResponsible = isResponsible;
        CanReview = isReviewer;
        _activities = activities;
        EditableStatus = editableStatus;
    }

    public bool IsResponsible { get; }
    public bool CanReview { get; }
    /// <summary>Draft or returned: the executors may change values.</summary>
    public bool EditableStatus { get; }
    public bool CanEditAnything => EditableStatus && (IsResponsible || _activities is { Count: > 0 });
    public bool CanSubmit => EditableStatus && IsResponsible;
    public bool CanEditReportTexts => EditableStatus && IsResponsible;

    public bool CanEditActivity(int activityId) =>
        EditableStatus && (IsResponsible || (_activities?.Contains(activityId) ?? false));

    public bool CanEditIndicator(int? activityId) =>
        EditableStatus && (IsResponsible || (activityId is { } a && (_activities?.Contains(a) ?? false)));

    /// <summary>Rights on the report a program was loaded with (its period's only report; none yet: a draft).</summary>
    public static ReportRights For(MunicipalProgram program, UserScope user) =>
        For(program, user, program.Reports.SingleOrDefault()?.Status ?? ReportStatus.Draft);

    public static ReportRights For(MunicipalProgram program, UserScope user, ReportStatus status)
    {
        var editable = status is ReportStatus.Draft or ReportStatus.Returned;
        if (user.Role != Roles.Executor || user.DepartmentId is not { } department)
            return new ReportRights(false, user.IsFinance, [], editable);
        if (program.ResponsibleExecutorId == department)
            return new ReportRights(true, false, null, editable);
        var assigned = program.Activities
            .Where(a => a.Executors.Any(e => e.DepartmentId == department))
            .Select(a => a.Id).ToHashSet();
        return new ReportRights(false, false, assigned, editable);
    }
}
