namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// The longest text each free-text field of the report and its review keeps: the column's varchar(n) in
/// Data/Configurations and the form's check (ChangeLog.Text, ReviewController) read the same constant.
/// </summary>
public static class ReportTextLimits
{
    public const int DeviationReason = 2000;
    /// <summary>What was done, why not, problems: per activity.</summary>
    public const int ActivityText = 4000;
    public const int Narrative = 20_000; // the Алексин 2024 report's section 2 is 8 358 characters
    /// <summary>Signatory and contact names and positions.</summary>
    public const int Person = 300;
    public const int Phone = 50;
    public const int EffectDescription = 4000;
    /// <summary>A target group's name (kept in the report's additional_criteria jsonb).</summary>
    public const int TargetGroupName = 500;
    /// <summary>The reason the finance department gives to return, reopen or extend a report.</summary>
    public const int WorkflowReason = 2000;
    /// <summary>Any reason in the audit log (draft returns keep up to 4000).</summary>
    public const int AuditReason = 4000;
    /// <summary>The whole additional_criteria jsonb of a report, as text: a bound for the database, well above what the form allows.</summary>
    public const int AdditionalCriteriaJson = 200_000;

    /// <summary>The message of a text over its limit, the same on every form of the portal.</summary>
    public static string TooLong(int max, int length) => $"Слишком длинный текст: не более {max} символов (сейчас {length}).";
}
