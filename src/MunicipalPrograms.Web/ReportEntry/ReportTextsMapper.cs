using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>The report's own fields, read from the form and validated.</summary>
public readonly record struct ReportTextValues(
    string? Narrative, string? SignatoryName, string? SignatoryPosition, string? ContactName, string? ContactPhone,
    bool? HasWorkingGroup, bool? HasBudgetEffect, bool? HasSocialEffect, string? EffectDescription, List<TargetGroup> TargetGroups)
{
    public ProgressReport Apply(ProgressReport report)
    {
        (report.Narrative, report.SignatoryName, report.SignatoryPosition, report.ContactName, report.ContactPhone) =
            (Narrative, SignatoryName, SignatoryPosition, ContactName, ContactPhone);
        var c = report.AdditionalCriteria;
        (c.HasWorkingGroup, c.HasBudgetEffect, c.HasSocialEffect, c.EffectDescription) = (HasWorkingGroup, HasBudgetEffect, HasSocialEffect, EffectDescription);
        c.TargetGroups = TargetGroups;
        return report;
    }
}

/// <summary>Reads <see cref="ReportTexts"/> into values, and describes a report's fields for the audit log.</summary>
public static class ReportTextsMapper
{
    public static ReportTexts ToForm(ProgressReport? report)
    {
        var c = report?.AdditionalCriteria;
        var form = new ReportTexts
        {
            Narrative = report?.Narrative, SignatoryName = report?.SignatoryName, SignatoryPosition = report?.SignatoryPosition,
            ContactName = report?.ContactName, ContactPhone = report?.ContactPhone,
            HasWorkingGroup = YesNo(c?.HasWorkingGroup), HasBudgetEffect = YesNo(c?.HasBudgetEffect), HasSocialEffect = YesNo(c?.HasSocialEffect),
            EffectDescription = c?.EffectDescription,
            TargetGroups = (c?.TargetGroups ?? []).Select(g => new TargetGroupRow { Name = g.Name, Covered = RuInput.Show(g.Covered), Total = RuInput.Show(g.Total) }).ToList(),
        };
        form.TargetGroups.Add(new TargetGroupRow()); // one empty row to add a group
        return form;
    }

    public static ReportTextValues? Read(ReportTexts t, ChangeLog log)
    {
        var groups = new List<TargetGroup>();
        for (var k = 0; k < t.TargetGroups.Count; k++)
            if (ReadGroup(t.TargetGroups[k], $"Texts.TargetGroups[{k}]", log) is { } g) groups.Add(g);
        var values = new ReportTextValues(
            log.Text(t.Narrative, ReportTextLimits.Narrative, "Texts.Narrative"), log.Text(t.SignatoryName, ReportTextLimits.Person, "Texts.SignatoryName"),
            log.Text(t.SignatoryPosition, ReportTextLimits.Person, "Texts.SignatoryPosition"), log.Text(t.ContactName, ReportTextLimits.Person, "Texts.ContactName"),
            log.Text(t.ContactPhone, ReportTextLimits.Phone, "Texts.ContactPhone"),
            Flag(t.HasWorkingGroup), Flag(t.HasBudgetEffect), Flag(t.HasSocialEffect),
            log.Text(t.EffectDescription, ReportTextLimits.EffectDescription, "Texts.EffectDescription"), groups);
        return log.Errors.Exists(e => e.Key.StartsWith("Texts.", StringComparison.Ordinal)) ? null : values;
    }

    private static TargetGroup? ReadGroup(TargetGroupRow row, string prefix, ChangeLog log)
    {
        var name = log.Text(row.Name, ReportTextLimits.TargetGroupName, $"{prefix}.Name");
        if (string.IsNullOrEmpty(name) && string.IsNullOrWhiteSpace(row.Covered) && string.IsNullOrWhiteSpace(row.Total)) return null;
        if (string.IsNullOrEmpty(name)) { log.Error($"{prefix}.Name", "Укажите название целевой группы."); return null; }
        if (name.Length > ReportTextLimits.TargetGroupName) return null; // the message is already next to the field
        var covered = RuInput.Number(row.Covered, allowNegative: false);
        var total = RuInput.Number(row.Total, allowNegative: false);
        if (!covered.Ok) log.Error($"{prefix}.Covered", covered.Error!);
        else if (covered.Value is null) log.Error($"{prefix}.Covered", "Укажите, сколько человек (единиц) охвачено.");
        if (!total.Ok) log.Error($"{prefix}.Total", total.Error!);
        else if (total.Value is null or 0) log.Error($"{prefix}.Total", "Укажите общую численность целевой группы (больше нуля).");
        if (covered.Value is { } c && total.Value is { } tot && tot > 0 && c > tot)
            log.Error($"{prefix}.Covered", "Охват не может быть больше общей численности группы.");
        return covered.Value is { } cv && total.Value is { } tv && tv > 0 && cv <= tv ? new TargetGroup { Name = name, Covered = cv, Total = tv } : null;
    }

    /// <summary>The report's own fields as the audit log stores them: field codes and invariant values.</summary>
    public static List<(string Field, string? Value)> Describe(ProgressReport r)
    {
        var c = r.AdditionalCriteria;
        return
        [
            (AuditField.Narrative, r.Narrative), (AuditField.SignatoryName, r.SignatoryName), (AuditField.SignatoryPosition, r.SignatoryPosition),
            (AuditField.ContactName, r.ContactName), (AuditField.ContactPhone, r.ContactPhone),
            (AuditField.HasWorkingGroup, AuditValue.Flag(c.HasWorkingGroup)), (AuditField.HasBudgetEffect, AuditValue.Flag(c.HasBudgetEffect)),
            (AuditField.HasSocialEffect, AuditValue.Flag(c.HasSocialEffect)), (AuditField.EffectDescription, c.EffectDescription),
            (AuditField.TargetGroups, AuditValue.TargetGroups(c.TargetGroups.Select(g => (g.Name, g.Covered, g.Total)))),
        ];
    }

    private static string? YesNo(bool? value) => value switch { true => "yes", false => "no", _ => "" };
    private static bool? Flag(string? value) => value switch { "yes" => true, "no" => false, _ => null };
}
