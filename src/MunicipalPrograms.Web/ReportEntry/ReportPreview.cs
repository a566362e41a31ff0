using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// The live preview: the typed values laid over a loaded (untracked) program so the indices can be
/// recomputed before anything is saved. Values that do not parse are left as stored — the save will
/// point at them; rows the user may not edit are ignored.
/// </summary>
public static class ReportPreview
{
    public static void Apply(MunicipalProgram program, ReportingPeriod period, ReportForm form, ReportRights rights)
    {
        var values = program.Indicators.SelectMany(i => i.Values.Where(v => v.Year == period.Year && v.Period == period.Kind).Select(v => (Value: v, Indicator: i)))
            .ToDictionary(x => x.Value.Id);
        foreach (var row in form.Indicators)
        {
            if (!values.TryGetValue(row.ValueId, out var x) || !rights.CanEditIndicator(x.Indicator.ActivityId)) continue;
            if (RuInput.Number(row.Actual) is { Ok: true } actual) x.Value.Actual = actual.Value;
            x.Value.NotMeasured = row.NotMeasured;
            x.Value.DeviationReason = string.IsNullOrWhiteSpace(row.DeviationReason) ? null : row.DeviationReason;
        }
        var lines = program.FundingLines.ToDictionary(f => f.Id);
        foreach (var row in form.Funding)
            if (lines.TryGetValue(row.LineId, out var line) && rights.CanEditActivity(line.ActivityId) && RuInput.Money(row.Actual) is { Ok: true } money)
                line.Actual = money.Value;
        // The same weights reading as the save; its audit entries and messages are thrown away here.
        if (rights.CanEditReportTexts && program.Reports.FirstOrDefault() is { } report)
            WeightsEditor.Apply(program, report, form, new ChangeLog(program.Id, "", DateTimeOffset.MinValue));
    }
}
