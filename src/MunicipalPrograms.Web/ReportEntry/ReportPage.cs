using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Evaluation;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>An indicator row of the report page; <see cref="FormIndex"/> points into ReportForm.Indicators.</summary>
public sealed record IndicatorLine(string? Group, Indicator Indicator, IndicatorValue Value, decimal? PreviousActual, IndicatorScore? Score,
    decimal? Weight, bool Editable, int FormIndex);

public sealed record FundingLineView(Activity Activity, FundingLine Line, bool Editable, int FormIndex);

public sealed record ActivityLine(Activity Activity, int Depth, ReportActivityExecution? Execution, bool Editable, int FormIndex);

/// <summary>Everything the annual report page shows: the data, the form, the indices and what the user may do.</summary>
public sealed class ReportPage
{
    public required ProgramEvaluationResult Result { get; init; }
    public required ReportRights Rights { get; init; }
    public required ReportCompleteness Completeness { get; init; }
    public required ReportForm Form { get; init; }
    public required IReadOnlyList<IndicatorLine> Indicators { get; init; }
    public required IReadOnlyList<FundingLineView> Funding { get; init; }
    public required IReadOnlyList<ActivityLine> Activities { get; init; }
    public required DateOnly Today { get; init; }
    public IReadOnlyList<string> Conflicts { get; set; } = [];
    /// <summary>A co-executor's completeness, counted over its own rows only (null for everyone else).</summary>
    public ReportCompleteness? OwnCompleteness { get; init; }
    /// <summary>A co-executor who may fill in some rows now: the page tells them which rows are theirs and who submits.</summary>
    public bool IsCoExecutor => !Rights.IsResponsible && Rights.CanEditAnything;
    /// <summary>The rows this user may fill in (indicators, activities and funding lines).</summary>
    public int OwnRows => Indicators.Count(l => l.Editable) + Activities.Count(l => l.Editable) + Funding.Count(l => l.Editable);
    /// <summary>What this user is counted against: a co-executor its own rows, everyone else the whole report.</summary>
    public ReportCompleteness ShownCompleteness => OwnCompleteness ?? Completeness;
    /// <summary>«Заполнено N из M», as the sidebar and the line above the form on narrow screens print it.</summary>
    public string CompletenessCaption =>
        $"Заполнено {ShownCompleteness.Filled} из {ShownCompleteness.Required}"
        + (OwnCompleteness is null ? "" : ShownCompleteness.Required == 1 ? " вашего значения" : " ваших значений");
    /// <summary>The finance department's remarks on values, open first (ADR 0021).</summary>
    public IReadOnlyList<MunicipalPrograms.Web.Remarks.RemarkView> Remarks { get; init; } = [];
    public IEnumerable<MunicipalPrograms.Web.Remarks.RemarkView> RemarksOf(string subject, int subjectId) =>
        Remarks.Where(r => r.Row.Subject == subject && r.Row.SubjectId == subjectId);
    public IReadOnlyList<MunicipalPrograms.Web.Remarks.RemarkView> OpenRemarks => Remarks.Where(r => r.Remark.IsOpen).ToList();
    /// <summary>Whether a row has a remarks block: remarks on it, or the finance department may add one (the partial is skipped otherwise).</summary>
    public bool HasRemarksBlock(string subject, int subjectId) => CanAddRemarks || RemarksOf(subject, subjectId).Any();
    /// <summary>Finance may remark on a row now: a submitted report under review.</summary>
    public bool CanAddRemarks => Rights.CanReview && Status == ReportStatus.Submitted;
    /// <summary>Indices computed from typed, not yet saved values (the live preview).</summary>
    public bool IsPreview { get; init; }

    /// <summary>
    /// What the page's tables and texts are a function of when they show the stored report — program, period, the program's
    /// stamp, the user, the day — so the view keeps their HTML per instance (issue 14); null when they must be rendered
    /// (a failed save's typed values, a preview). The view also renders them when the request carries errors.
    /// </summary>
    public string? TablesKey { get; init; }

    public MunicipalProgram Program => Result.Program;
    public ReportingPeriod Period => Result.Period;
    public ProgressReport? Report => Result.Report;
    public ReportStatus Status => Report?.Status ?? ReportStatus.Draft;
    private ReportingCampaign Campaign => Program.Municipality!.Campaign;
    public DateOnly Deadline => Report?.DeadlineUnder(Campaign) ?? Campaign.DeadlineOf(Period);
    public bool IsOverdue => Report?.IsOverdue(Today, Campaign) ?? Today > Deadline;
    public int DaysLeft => Deadline.DayNumber - Today.DayNumber;
    public Domain.Scoring.Evaluation Evaluation => Result.Evaluation.Program;

    public FundingTotals Totals => FundingTotals.Of(Funding.Select(f => f.Line));
}
