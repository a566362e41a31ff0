using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Domain.Scoring;

/// <summary>The elements of one program for one period, ready for the methodologies.</summary>
public sealed record ProgramInput(
    ElementInput Program,
    IReadOnlyList<(Subprogram Subprogram, ElementInput Input)> Subprograms,
    IReadOnlyList<(Activity Activity, ElementInput Input)> Activities,
    AdditionalCriteriaInput AdditionalCriteria);

/// <summary>
/// Turns a loaded program (indicators with values, activities, funding lines) and its report into
/// the scoring inputs of the whole program, of each subprogram and of each top-level activity.
/// </summary>
public static class ProgramInputBuilder
{
    public static ProgramInput Build(MunicipalProgram program, ProgressReport? report, ReportingPeriod period)
    {
        var weights = report?.Weights.ToDictionary(w => w.IndicatorId, w => w.Weight) ?? [];
        var executions = report?.ActivityExecutions.ToDictionary(x => x.ActivityId) ?? [];
        var funding = program.FundingLines.Where(f => f.Year == period.Year && f.Period == period.Kind).ToList();
        var indicators = Indicator.InOrder(program.Indicators)
            .Select(i => (Indicator: i, Input: ToInput(i, period, weights))).ToList();
        var tree = new ActivityTree(program.Activities);
        var activities = tree.InOrder.Select(a => ToInput(a, period, executions, funding)).ToList();

        ElementInput Element(string name, Func<Indicator, bool> measures, IEnumerable<Activity> scope)
        {
            var ids = tree.IdsUnder(scope);
            var lines = funding.Where(f => ids.Contains(f.ActivityId)).ToList();
            return new ElementInput(name,
                indicators.Where(x => measures(x.Indicator) || (x.Indicator.ActivityId is { } aid && ids.Contains(aid))).Select(x => x.Input).ToList(),
                lines.Sum(f => f.Planned), lines.Sum(f => f.Actual ?? 0m),
                activities.Where(a => ids.Contains(a.Id)).Select(a => a.Input).ToList());
        }

        var whole = Element(program.Name, _ => true, tree.Roots);
        var subprograms = program.Subprograms.OrderBy(s => s.SortOrder)
            .Select(s => (s, Element(s.Name, i => i.SubprogramId == s.Id, tree.InOrder.Where(a => a.SubprogramId == s.Id))))
            .ToList();
        var topActivities = tree.Roots.Select(a => (a, Element(a.Name, _ => false, [a]))).ToList();

        var actualBySource = FundingTotals.Of(funding).ActualBySource;
        var criteria = report?.AdditionalCriteria ?? new AdditionalCriteria();
        var additional = new AdditionalCriteriaInput(
            criteria.TargetGroups.Select(g => new TargetGroupInput(g.Name, g.Covered, g.Total)).ToList(),
            criteria.HasWorkingGroup, whole.Activities ?? [], actualBySource,
            criteria.HasBudgetEffect, criteria.HasSocialEffect, criteria.EffectDescription);
        return new ProgramInput(whole, subprograms, topActivities, additional);
    }

    public static IndicatorInput ToInput(Indicator i, ReportingPeriod period, IReadOnlyDictionary<int, decimal> weights)
    {
        var value = i.ValueFor(period);
        var previous = i.ValueFor(ReportingPeriod.AnnualOf(period.Year - 1));
        return new IndicatorInput(
            i.Code, i.Name, i.Direction, i.TargetKind, value?.Planned, value?.Actual, value?.PlannedUpper,
            value?.NotMeasured ?? false, weights.TryGetValue(i.Id, out var w) ? w : null,
            previous is { NotMeasured: false } ? previous.Actual : null,
            !string.IsNullOrWhiteSpace(value?.DeviationReason));
    }

    private static (int Id, ActivityInput Input) ToInput(Activity a, ReportingPeriod period,
        IReadOnlyDictionary<int, ReportActivityExecution> executions, List<FundingLine> funding)
    {
        // An activity is due in the period when its planned term covers the reporting year
        // (yearly activities of a multi-year program are due every year).
        var due = a.Kind == ActivityKind.Activity
                  && (a.PlannedStart is null || a.PlannedStart.Value.Year <= period.Year)
                  && (a.PlannedEnd is null || a.PlannedEnd.Value.Year >= period.Year);
        executions.TryGetValue(a.Id, out var x);
        var completed = x?.Completed == true;
        var deadline = a.PlannedEnd is { } end && end.Year == period.Year ? end : new DateOnly(period.Year, 12, 31);
        var onTime = completed && (x!.ActualCompletion is null || x.ActualCompletion <= deadline);
        var own = funding.Where(f => f.ActivityId == a.Id).ToList();
        return (a.Id, new ActivityInput(a.Code, due, completed, onTime, a.IsInvestment,
            own.Sum(f => f.Planned), own.Sum(f => f.Actual ?? 0m)));
    }
}
