using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>Whether a change to a report may go ahead: 404 for a program the user does not see, 403 without the right.</summary>
public enum ReportAccess { Allowed, NotFound, Forbidden }

/// <summary>A report opened for a change: the program (with the period's data) and the user's rights on it.</summary>
public sealed record OpenedReport(ReportAccess Access, MunicipalProgram? Program, ReportRights? Rights);

/// <summary>A workflow step run on a report: refused by access, or done / refused by the workflow's rules.</summary>
public sealed record WorkflowOutcome(ReportAccess Access, WorkflowResult? Result)
{
    public static WorkflowOutcome Denied(ReportAccess access) => new(access, null);
}
