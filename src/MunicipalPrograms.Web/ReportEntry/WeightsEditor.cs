using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// The weights of the indicators in a report (Appendix 9, note 1): equal (1/N) or set explicitly,
/// each 0..1. Their sum is not enforced on save — a draft may be half done — but the methodology
/// reports a sum other than 1 as an error, and an erroneous evaluation blocks submission.
/// </summary>
public static class WeightsEditor
{
    /// <returns>Whether anything changed (the report row is then updated under its version).</returns>
    public static bool Apply(MunicipalProgram program, ProgressReport report, ReportForm form, ChangeLog log)
    {
        if (string.IsNullOrWhiteSpace(form.WeightMode)) return false; // the user may not change weights: no select on the form
        if (!StrictEnum.TryParse<WeightMode>(form.WeightMode, out var mode))
        {
            log.Error(nameof(ReportForm.WeightMode), "Выберите способ задания весов из списка: равные (1/N) или заданные в отчете.");
            return false;
        }
        var changed = log.Track(AuditSubjects.Report, report.Id, "", AuditField.WeightMode, AuditValue.Code(report.WeightMode), AuditValue.Code(mode));
        report.WeightMode = mode;
        if (mode != WeightMode.Explicit) return changed;

        var indicatorOfValue = program.Indicators.SelectMany(i => i.Values.Select(v => (v.Id, Indicator: i))).ToDictionary(x => x.Id, x => x.Indicator);
        for (var k = 0; k < form.Indicators.Count; k++)
        {
            var row = form.Indicators[k];
            if (!indicatorOfValue.TryGetValue(row.ValueId, out var indicator)) continue;
            var weight = RuInput.Number(row.Weight, NumberColumns.Weight, allowNegative: false);
            if (!weight.Ok) { log.Error($"Indicators[{k}].Weight", weight.Error!); continue; }
            if (weight.Value > 1) { log.Error($"Indicators[{k}].Weight", "Вес должен быть от 0 до 1."); continue; }
            changed |= Set(report, indicator, weight.Value, log);
        }
        return changed;
    }

    private static bool Set(ProgressReport report, Domain.Indicators.Indicator indicator, decimal? weight, ChangeLog log)
    {
        var stored = report.Weights.FirstOrDefault(w => w.IndicatorId == indicator.Id);
        var name = AuditSubjects.NameOf(indicator.Code, indicator.Name);
        if (!log.Track(AuditSubjects.IndicatorWeight, indicator.Id, name, AuditField.Weight, AuditValue.Number(stored?.Weight), AuditValue.Number(weight)))
            return false;
        if (weight is null) report.Weights.Remove(stored!);
        else if (stored is null) report.Weights.Add(new ReportIndicatorWeight { IndicatorId = indicator.Id, Weight = weight.Value });
        else stored.Weight = weight.Value;
        return true;
    }

    public static string Caption(WeightMode mode) => mode == WeightMode.Equal ? "равные (1/N)" : "заданные в отчете";
}
