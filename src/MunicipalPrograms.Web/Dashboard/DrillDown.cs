using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Evaluation;

namespace MunicipalPrograms.Web.Dashboard;

public enum DrillLevel { Program, Subprogram, MainActivity, Activity, Indicator }

/// <summary>
/// One line of the drill-down: a level with the indices the scoring computed for it (<see cref="Evaluation"/>; null for
/// the activities below a main activity, which the methodology does not evaluate on their own), or an indicator with its
/// plan, fact and S as scored within its level (<see cref="Score"/>). Planned and Actual are the level's funding.
/// </summary>
public sealed record DrillRow(DrillLevel Level, int Depth, string Code, string Name, Domain.Scoring.Evaluation? Evaluation, IndicatorScore? Score,
    decimal? Planned, decimal? Actual)
{
    public string Key => $"{Level}-{Code}".ToLowerInvariant();
}

/// <summary>The drill-down page of one program and campaign, with the finance department's conclusion.</summary>
public sealed record DrillDownPage(ProgramEvaluationResult Result, IReadOnlyList<DrillRow> Rows, IReadOnlyList<ReportingPeriod> Periods,
    ProgramConclusion? Conclusion, bool CanConclude)
{
    /// <summary>What the form shows when a post was refused: the typed text and decision, and the messages by field.</summary>
    public ConclusionInput? Posted { get; init; }
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public bool Saved { get; init; }
}

/// <summary>
/// Lays one evaluated program out as a tree: program → subprogram → main activity → activity (the one walker,
/// <see cref="ActivityTree"/>) → indicator. Every index is taken from the evaluation as the scoring returned it:
/// the subprograms' and main activities' evaluations come in the order ProgramInputBuilder made them (subprograms by
/// SortOrder, main activities as the tree's roots), so they are paired by position, never recomputed.
/// </summary>
public static class DrillDownTree
{
    public static List<DrillRow> Build(ProgramEvaluationResult result)
    {
        var program = result.Program;
        var evaluation = result.Evaluation;
        var tree = new ActivityTree(program.Activities);
        var roots = tree.Roots.ToList();
        var mainEvaluations = roots.Select((a, i) => (a.Id, evaluation.Activities[i].Evaluation)).ToDictionary(x => x.Id, x => x.Evaluation);
        var indicators = Indicator.InOrder(program.Indicators).ToList();
        var subprograms = program.Subprograms.OrderBy(s => s.SortOrder).ToList();
        var activityIds = program.Activities.Select(a => a.Id).ToHashSet();
        var subprogramIds = subprograms.Select(s => s.Id).ToHashSet();
        var rows = new List<DrillRow>();

        void AddIndicators(IEnumerable<Indicator> list, Domain.Scoring.Evaluation scoredIn, int depth)
        {
            foreach (var i in list)
            {
                var score = scoredIn.Indicators.FirstOrDefault(s => s.Input.Code == i.Code && s.Input.Name == i.Name);
                rows.Add(new DrillRow(DrillLevel.Indicator, depth, i.Code, i.Name, null, score, null, null));
            }
        }

        void AddMainActivity(Activity root, int depth)
        {
            var main = mainEvaluations[root.Id];
            rows.Add(new DrillRow(DrillLevel.MainActivity, depth, root.StructureCode ?? root.Code, root.Name, main, null, main.PlannedFunding, main.ActualFunding));
            foreach (var a in tree.Subtree(root))
            {
                var d = depth + tree.DepthOf(a) - tree.DepthOf(root);
                if (a != root)
                {
                    var own = program.FundingLines.Where(f => f.ActivityId == a.Id).ToList();
                    rows.Add(new DrillRow(DrillLevel.Activity, d, a.StructureCode ?? a.Code, a.Name, null, null, own.Sum(f => f.Planned), own.Sum(f => f.Actual ?? 0m)));
                }
                AddIndicators(indicators.Where(i => i.ActivityId == a.Id), main, d + 1);
            }
        }

        var whole = evaluation.Program;
        rows.Add(new DrillRow(DrillLevel.Program, 0, program.RegistryCode, program.Name, whole, null, whole.PlannedFunding, whole.ActualFunding));
        // Indicators of the program as a whole: attached to no subprogram or activity of it.
        AddIndicators(indicators.Where(i => !(i.ActivityId is { } a && activityIds.Contains(a)) && !(i.SubprogramId is { } s && subprogramIds.Contains(s))), whole, 1);
        for (var n = 0; n < subprograms.Count; n++)
        {
            var s = subprograms[n];
            var sub = evaluation.Subprograms[n].Evaluation;
            rows.Add(new DrillRow(DrillLevel.Subprogram, 1, s.Code, s.Name, sub, null, sub.PlannedFunding, sub.ActualFunding));
            AddIndicators(indicators.Where(i => i.SubprogramId == s.Id && !(i.ActivityId is { } a && activityIds.Contains(a))), sub, 2);
            foreach (var root in roots.Where(r => r.SubprogramId == s.Id)) AddMainActivity(root, 2);
        }
        foreach (var root in roots.Where(r => !(r.SubprogramId is { } s && subprogramIds.Contains(s)))) AddMainActivity(root, 1);
        return rows;
    }
}
