namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// What the report page posts. Numbers arrive as typed text ("1 129,01") and are read by RuInput, so a
/// bad value gets a Russian message next to its field instead of a binder error. Every row carries the
/// version (xmin) it was read at: a row changed by someone else since then is a conflict, not an overwrite.
/// </summary>
public sealed class ReportForm
{
    public uint ReportVersion { get; set; }
    /// <summary>"Equal" (1/N) or "Explicit" (set below, Appendix 9 note 1); empty when the user may not change weights.</summary>
    public string? WeightMode { get; set; }
    public List<IndicatorRow> Indicators { get; set; } = [];
    public List<FundingRow> Funding { get; set; } = [];
    public List<ActivityRow> Activities { get; set; } = [];
    public ReportTexts Texts { get; set; } = new();
}

public sealed class IndicatorRow
{
    public int ValueId { get; set; }
    public uint Version { get; set; }
    public string? Actual { get; set; }
    public bool NotMeasured { get; set; }
    public string? DeviationReason { get; set; }
    /// <summary>The indicator's weight in the report (only with explicit weights).</summary>
    public string? Weight { get; set; }
}

public sealed class FundingRow
{
    public int LineId { get; set; }
    public uint Version { get; set; }
    public string? Actual { get; set; }
}

public sealed class ActivityRow
{
    public int ActivityId { get; set; }
    public uint Version { get; set; }
    /// <summary>"yes", "no" or empty (not stated).</summary>
    public string? Completed { get; set; }
    public string? ActualCompletion { get; set; }
    public string? Done { get; set; }
    public string? NotDoneReason { get; set; }
    public string? Problems { get; set; }
}

/// <summary>The report's own fields: section 2 text, signatory, and the additional criteria of Appendix 9.</summary>
public sealed class ReportTexts
{
    /// <summary>Set by the form's texts section: a post without it (a partial save) leaves the texts alone.</summary>
    public bool Posted { get; set; }
    public string? Narrative { get; set; }
    public string? SignatoryName { get; set; }
    public string? SignatoryPosition { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    /// <summary>"yes", "no" or empty.</summary>
    public string? HasWorkingGroup { get; set; }
    public string? HasBudgetEffect { get; set; }
    public string? HasSocialEffect { get; set; }
    public string? EffectDescription { get; set; }
    public List<TargetGroupRow> TargetGroups { get; set; } = [];
}

public sealed class TargetGroupRow
{
    public string? Name { get; set; }
    public string? Covered { get; set; }
    public string? Total { get; set; }
}
