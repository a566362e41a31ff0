namespace MunicipalPrograms.Domain.Scoring;

/// <summary>
/// One saved version of a municipality's methodology settings, in effect from a reporting year on. Versions are never
/// edited: a change adds a version, so an accepted report that points at one keeps the settings it was accepted with.
/// </summary>
public class MethodologyVersion
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    /// <summary>The first reporting year evaluated with these settings.</summary>
    public int EffectiveFromYear { get; set; }
    public MethodologySettings Settings { get; set; } = new();
    public DateTimeOffset ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";

    /// <summary>
    /// The version in effect for a reporting year: the latest effective-from ≤ year, and of several saved for the same
    /// year the last saved. Null when none applies: the defaults are in effect.
    /// </summary>
    public static MethodologyVersion? InEffect(IEnumerable<MethodologyVersion> versions, int year) =>
        versions.Where(v => v.EffectiveFromYear <= year).OrderByDescending(v => v.EffectiveFromYear).ThenByDescending(v => v.Id).FirstOrDefault();

    /// <summary>
    /// The version a report is evaluated with: an accepted report keeps the one it was accepted with (none: the defaults
    /// of that time); any other report, or a period without one, follows the version in effect for the year.
    /// </summary>
    public static MethodologyVersion? Used(IReadOnlyCollection<MethodologyVersion> versions, Reports.ProgressReport? report, int year) =>
        report is { Status: Common.ReportStatus.Accepted }
            ? versions.FirstOrDefault(v => v.Id == report.MethodologyVersionId)
            : InEffect(versions, year);
}
