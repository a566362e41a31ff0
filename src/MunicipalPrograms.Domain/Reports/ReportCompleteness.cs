using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Reports;

/// <summary>One thing the executor still has to fill in before the report can be submitted.</summary>
/// <param name="Anchor">The id of the input on the report page, so the list can link to it.</param>
public sealed record MissingItem(string Text, string Anchor);

/// <summary>How complete a report is: values filled out of values required, and what is missing.</summary>
public sealed record ReportCompleteness(int Filled, int Required, IReadOnlyList<MissingItem> Missing)
{
    public bool IsComplete => Missing.Count == 0;
    public int Percent => Required == 0 ? 100 : Filled * 100 / Required;
    /// <summary>Nothing is required: no indicator is planned for the period and no funding line has a plan — nothing to report.</summary>
    public bool IsEmpty => Required == 0;

    /// <summary>Errors that also block submission (an invalid evaluation, e.g. weights not summing to 1).</summary>
    public ReportCompleteness WithErrors(IEnumerable<string> errors, string anchor) =>
        this with { Missing = [.. Missing, .. errors.Select(e => new MissingItem(e, anchor))] };

    /// <summary>
    /// Required for submission (Procedure 4.7–4.8): an actual value of every indicator planned for the
    /// period unless it is marked "not measured"; a deviation reason wherever the plan is not met; the
    /// actual amount (кассовое исполнение, may be 0) of every funding line with a plan.
    /// </summary>
    /// <param name="own">When given, only the rows of the activities it accepts are counted (a co-executor's own rows;
    /// an indicator belongs to the activity it is attached to, one without an activity to the responsible executor).</param>
    public static ReportCompleteness Of(MunicipalProgram program, ReportingPeriod period, Func<int?, bool>? own = null)
    {
        var missing = new List<MissingItem>();
        int filled = 0, required = 0;
        foreach (var indicator in Indicator.InOrder(program.Indicators))
        {
            var value = indicator.ValueFor(period);
            if (value is null || value.Planned is null || value.NotMeasured) continue;
            if (own is not null && !own(indicator.ActivityId)) continue;
            required++;
            if (value.Actual is null)
            {
                missing.Add(new MissingItem($"Показатель {indicator.Code} «{indicator.Name}»: не указано фактическое значение.", $"ind-{value.Id}"));
                continue;
            }
            filled++;
            var met = AchievementRatio.PlanMet(ProgramInputBuilder.ToInput(indicator, period, new Dictionary<int, decimal>()));
            if (met == false)
            {
                required++;
                if (string.IsNullOrWhiteSpace(value.DeviationReason))
                    missing.Add(new MissingItem($"Показатель {indicator.Code} «{indicator.Name}»: план не выполнен, укажите обоснование отклонения (п. 4.8 Порядка).", $"ind-{value.Id}-reason"));
                else filled++;
            }
        }
        var activities = program.Activities.ToDictionary(a => a.Id);
        foreach (var line in program.FundingLines.Where(f => f.Year == period.Year && f.Period == period.Kind && f.Planned > 0 && (own is null || own(f.ActivityId)))
                     .OrderBy(f => activities.TryGetValue(f.ActivityId, out var a) ? a.SortOrder : 0).ThenBy(f => f.Source))
        {
            required++;
            if (line.Actual is not null) { filled++; continue; }
            var name = activities.TryGetValue(line.ActivityId, out var activity) ? $"{activity.Code} «{activity.Name}»" : "";
            missing.Add(new MissingItem($"Мероприятие {name}: не указано кассовое исполнение ({SourceCaption(program, line.Source)}).", $"fund-{line.Id}"));
        }
        return new ReportCompleteness(filled, required, missing);
    }

    /// <summary>The budget as the program's municipality names it in its forms (its settings), the general name without them.</summary>
    private static string SourceCaption(MunicipalProgram program, FundingSource source) =>
        program.Municipality?.BudgetNames.For(source) ?? new Municipalities.BudgetNames().For(source);
}
