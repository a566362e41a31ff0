using System.Globalization;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>
/// The reporting campaign as the administrator types it: the annual deadline as a day of the next year («15.03»), the
/// interim periods in use and their deadlines in days after the period's end. Individual extensions stay on the reports.
/// </summary>
public sealed class CampaignForm
{
    public string? AnnualDeadline { get; set; }
    public bool Quarter1InUse { get; set; }
    public bool HalfYearInUse { get; set; }
    public bool NineMonthsInUse { get; set; }
    public string? Quarter1DeadlineDays { get; set; }
    public string? HalfYearDeadlineDays { get; set; }
    public string? NineMonthsDeadlineDays { get; set; }

    /// <summary>The interim periods in the order of the year, with their fields.</summary>
    public static readonly (PeriodKind Kind, string InUse, string Days)[] Interim =
    [
        (PeriodKind.Quarter1, nameof(Quarter1InUse), nameof(Quarter1DeadlineDays)),
        (PeriodKind.HalfYear, nameof(HalfYearInUse), nameof(HalfYearDeadlineDays)),
        (PeriodKind.NineMonths, nameof(NineMonthsInUse), nameof(NineMonthsDeadlineDays)),
    ];

    public static CampaignForm From(ReportingCampaign c) => new()
    {
        AnnualDeadline = $"{c.AnnualDeadlineDay:00}.{c.AnnualDeadlineMonth:00}",
        Quarter1InUse = c.Quarter1InUse, HalfYearInUse = c.HalfYearInUse, NineMonthsInUse = c.NineMonthsInUse,
        Quarter1DeadlineDays = Text(c.Quarter1DeadlineDays), HalfYearDeadlineDays = Text(c.HalfYearDeadlineDays),
        NineMonthsDeadlineDays = Text(c.NineMonthsDeadlineDays),
    };

    public bool InUse(string field) => field switch
    {
        nameof(Quarter1InUse) => Quarter1InUse, nameof(HalfYearInUse) => HalfYearInUse, _ => NineMonthsInUse,
    };

    public string? Days(string field) => field switch
    {
        nameof(Quarter1DeadlineDays) => Quarter1DeadlineDays, nameof(HalfYearDeadlineDays) => HalfYearDeadlineDays, _ => NineMonthsDeadlineDays,
    };

    /// <summary>The campaign typed, or null with each message next to its field.</summary>
    public ReportingCampaign? Read(FormErrors errors)
    {
        var (day, month) = (0, 0);
        var parts = AnnualDeadline?.Trim().Split('.');
        if (parts is not [var d, var mo] || !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out day)
            || !int.TryParse(mo, NumberStyles.None, CultureInfo.InvariantCulture, out month))
            errors.Add(nameof(AnnualDeadline), $"«{AnnualDeadline?.Trim()}» — не день и месяц. Укажите их как ДД.ММ, например 15.03.");
        var campaign = new ReportingCampaign
        {
            AnnualDeadlineDay = day, AnnualDeadlineMonth = month,
            Quarter1InUse = Quarter1InUse, HalfYearInUse = HalfYearInUse, NineMonthsInUse = NineMonthsInUse,
            Quarter1DeadlineDays = Days(Quarter1DeadlineDays, nameof(Quarter1DeadlineDays), errors),
            HalfYearDeadlineDays = Days(HalfYearDeadlineDays, nameof(HalfYearDeadlineDays), errors),
            NineMonthsDeadlineDays = Days(NineMonthsDeadlineDays, nameof(NineMonthsDeadlineDays), errors),
        };
        if (errors.Any) return null;
        foreach (var (field, message) in campaign.Validate())
            errors.Add(field == nameof(ReportingCampaign.AnnualDeadlineDay) ? nameof(AnnualDeadline) : field, message);
        return errors.Any ? null : campaign;
    }

    private static int Days(string? text, string field, FormErrors errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days)) return days;
        errors.Add(field, $"Укажите число дней после окончания периода, например {ReportingCampaign.DefaultInterimDays}.");
        return 0;
    }

    /// <summary>The campaign as the administration log records it.</summary>
    public static IReadOnlyList<(string, string?)> Fields(ReportingCampaign c) =>
    [
        ("annual_deadline", $"{c.AnnualDeadlineMonth:00}-{c.AnnualDeadlineDay:00}"),
        ("quarter1_in_use", Flag(c.Quarter1InUse)), ("quarter1_deadline_days", Text(c.Quarter1DeadlineDays)),
        ("half_year_in_use", Flag(c.HalfYearInUse)), ("half_year_deadline_days", Text(c.HalfYearDeadlineDays)),
        ("nine_months_in_use", Flag(c.NineMonthsInUse)), ("nine_months_deadline_days", Text(c.NineMonthsDeadlineDays)),
    ];

    private static string Flag(bool b) => b ? "true" : "false";
    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
