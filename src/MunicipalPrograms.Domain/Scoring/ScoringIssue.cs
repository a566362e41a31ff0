namespace MunicipalPrograms.Domain.Scoring;

public enum IssueSeverity { Warning, Error }

/// <summary>A problem found while scoring, in Russian, optionally tied to one indicator.</summary>
public sealed record ScoringIssue(IssueSeverity Severity, string Message, string? IndicatorCode = null);
