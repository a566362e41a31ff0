using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.ProgramEditing;

/// <summary>
/// Makes a stored program match a plan when a draft is approved: rows of items the plan keeps are updated in place
/// (so the facts entered in reports stay attached to them), new items are inserted, dropped items deleted — unless
/// facts were reported on them, which refuses the whole approval. Runs inside the caller's transaction and saves in
/// phases, because new items refer to each other by keys that become ids only when saved.
/// </summary>
public sealed class PlanApplier(AppDbContext db)
{
    private readonly Dictionary<int, Subprogram> _subprograms = [];
    private readonly Dictionary<int, Goal> _goals = [];
    private readonly Dictionary<int, Objective> _objectives = [];
    private readonly Dictionary<int, Activity> _activities = [];
    private readonly HashSet<Indicator> _indicators = [];
    private readonly Dictionary<int, Indicator> _indicatorsByKey = [];

    /// <returns>Messages (Russian) why the plan cannot be applied; empty when applied.</returns>
    public async Task<IReadOnlyList<string>> ApplyAsync(MunicipalProgram program, ProgramPlan plan, CancellationToken ct)
    {
        var refusals = await RefusalsAsync(program, plan, ct);
        if (refusals.Count > 0) return refusals;
        Passport(program, plan.Passport);
        await db.SaveChangesAsync(ct);
        Subprograms(program, plan);
        await db.SaveChangesAsync(ct);
        Goals(program, plan);
        await db.SaveChangesAsync(ct);
        Activities(program, plan);
        await db.SaveChangesAsync(ct);
        Indicators(program, plan);
        Funding(program, plan);
        await db.SaveChangesAsync(ct);
        if (plan.HasAppendices) // a plan of the first format did not record them: the stored ones stay
        {
            IndicatorPassports(plan);
            CapitalObjects(program, plan);
            ResourceNeeds(program, plan);
        }
        RemoveDropped(program);
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Items that a plan drops although facts were reported on them: history must not be lost silently.</summary>
    private async Task<List<string>> RefusalsAsync(MunicipalProgram program, ProgramPlan plan, CancellationToken ct)
    {
        var keptIndicators = plan.Indicators.Select(i => i.Key).ToHashSet();
        var keptActivities = plan.Activities.Select(a => a.Key).ToHashSet();
        var messages = program.Indicators.Where(i => !keptIndicators.Contains(i.Id) && i.Values.Any(v => v.Actual is not null))
            .Select(i => $"Показатель {i.Code} «{i.Name}» нельзя исключить: по нему в отчетах есть фактические значения.").ToList();
        var droppedActivities = program.Activities.Where(a => !keptActivities.Contains(a.Id)).Select(a => a.Id).ToList();
        var withFacts = program.FundingLines.Where(f => droppedActivities.Contains(f.ActivityId) && f.Actual is not null).Select(f => f.ActivityId)
            .Concat(await db.ActivityExecutions.Where(x => droppedActivities.Contains(x.ActivityId)).Select(x => x.ActivityId).ToListAsync(ct))
            .ToHashSet();
        messages.AddRange(program.Activities.Where(a => withFacts.Contains(a.Id))
            .Select(a => $"Мероприятие {a.Code} «{a.Name}» нельзя исключить: по нему в отчетах есть сведения об исполнении."));
        return messages;
    }

    private static void Passport(MunicipalProgram p, PlanPassport x)
    {
        (p.Name, p.RegistryCode, p.StartYear, p.EndYear, p.ResponsibleExecutorId) = (x.Name, x.RegistryCode, x.StartYear, x.EndYear, x.ResponsibleExecutorId);
        (p.Curator, p.Customer, p.SocioEconomicGoal, p.CurrentState, p.Risks, p.Management, p.Stages) =
            (x.Curator, x.Customer, x.SocioEconomicGoal, x.CurrentState, x.Risks, x.Management, x.Stages);
        p.ExpectedResults = [.. x.ExpectedResults];
        p.CoExecutors.RemoveAll(c => !x.CoExecutorIds.Contains(c.DepartmentId));
        foreach (var id in x.CoExecutorIds.Where(id => p.CoExecutors.All(c => c.DepartmentId != id)))
            p.CoExecutors.Add(new ProgramCoExecutor { DepartmentId = id });
    }

    private void Subprograms(MunicipalProgram program, ProgramPlan plan)
    {
        var order = 0;
        foreach (var s in plan.Subprograms)
        {
            var row = Find(program.Subprograms, s.Key, r => r.Id) ?? Add(program.Subprograms, new Subprogram());
            (row.Code, row.Name, row.ResponsibleExecutorId, row.CoExecutors, row.GoalsText, row.ObjectivesText, row.ExpectedResults) =
                (s.Code, s.Name, s.ResponsibleExecutorId, s.CoExecutors, s.GoalsText, s.ObjectivesText, s.ExpectedResults);
            (row.StartYear, row.EndYear, row.SortOrder) = (s.StartYear, s.EndYear, ++order);
            _subprograms[s.Key] = row;
        }
    }

    private void Goals(MunicipalProgram program, ProgramPlan plan)
    {
        var order = 0;
        foreach (var g in plan.Goals)
        {
            var row = Find(program.Goals, g.Key, r => r.Id) ?? Add(program.Goals, new Goal());
            (row.Code, row.Name, row.SubprogramId, row.SortOrder) = (g.Code, g.Name, SubprogramId(g.SubprogramKey), ++order);
            _goals[g.Key] = row;
            var objectiveOrder = 0;
            foreach (var o in g.Objectives)
            {
                var objective = Find(program.Goals.SelectMany(x => x.Objectives), o.Key, r => r.Id);
                if (objective is not null && objective.GoalId != row.Id) // moved to another goal
                {
                    program.Goals.Single(x => x.Id == objective.GoalId).Objectives.Remove(objective);
                    row.Objectives.Add(objective);
                }
                objective ??= Add(row.Objectives, new Objective());
                (objective.Code, objective.Name, objective.SortOrder) = (o.Code, o.Name, ++objectiveOrder);
                _objectives[o.Key] = objective;
            }
        }
    }

    private void Activities(MunicipalProgram program, ProgramPlan plan)
    {
        var order = 0;
        foreach (var a in plan.Activities) // document order: a parent comes before its children
        {
            var row = Find(program.Activities, a.Key, r => r.Id) ?? Add(program.Activities, new Activity());
            row.Parent = a.ParentKey is { } parent && _activities.TryGetValue(parent, out var p) ? p : null;
            if (row.Parent is null) row.ParentId = null;
            row.Objective = a.ObjectiveKey is { } o ? _objectives.GetValueOrDefault(o) : null;
            if (row.Objective is null) row.ObjectiveId = null;
            (row.Kind, row.Code, row.StructureCode, row.Name, row.SubprogramId) = (a.Kind, a.Code, a.StructureCode, a.Name, SubprogramId(a.SubprogramKey));
            (row.PlannedStart, row.PlannedEnd, row.IsInvestment, row.SortOrder) = (a.PlannedStart, a.PlannedEnd, a.IsInvestment, ++order);
            row.Executors.RemoveAll(e => !a.ExecutorIds.Contains(e.DepartmentId));
            foreach (var id in a.ExecutorIds.Where(id => row.Executors.All(e => e.DepartmentId != id)))
                row.Executors.Add(new ActivityExecutor { DepartmentId = id });
            row.ExpectedResults.RemoveAll(r => a.ExpectedResults.All(x => x.Year != r.Year));
            foreach (var result in a.ExpectedResults)
            {
                var stored = row.ExpectedResults.FirstOrDefault(r => r.Year == result.Year) ?? Add(row.ExpectedResults, new ActivityYearResult { Year = result.Year });
                stored.Text = result.Text;
            }
            _activities[a.Key] = row;
        }
    }

    private void Indicators(MunicipalProgram program, ProgramPlan plan)
    {
        var order = 0;
        foreach (var i in plan.Indicators)
        {
            var row = Find(program.Indicators, i.Key, r => r.Id) ?? Add(program.Indicators, new Indicator());
            _indicators.Add(row);
            _indicatorsByKey[i.Key] = row;
            (row.Code, row.Name, row.Unit, row.Kind, row.Direction, row.TargetKind) = (i.Code, i.Name, i.Unit, i.Kind, i.Direction, i.TargetKind);
            (row.BaseValue, row.BaseYear, row.BaseNote, row.CalculationMethod, row.SortOrder) = (i.BaseValue, i.BaseYear, i.BaseNote, i.CalculationMethod, ++order);
            row.GoalId = i.GoalKey is { } g && _goals.TryGetValue(g, out var goal) ? goal.Id : null;
            row.ObjectiveId = i.ObjectiveKey is { } o && _objectives.TryGetValue(o, out var objective) ? objective.Id : null;
            row.SubprogramId = SubprogramId(i.SubprogramKey);
            row.ActivityId = i.ActivityKey is { } a && _activities.TryGetValue(a, out var activity) ? activity.Id : null;
            foreach (var v in row.Values.Where(v => i.PlanFor(v.ReportingPeriod) is null).ToList())
            {
                // A value row without a plan stays only for its fact.
                if (v.Actual is null && !v.NotMeasured && v.DeviationReason is null) row.Values.Remove(v);
                else (v.Planned, v.PlannedUpper) = (null, null);
            }
            foreach (var plan1 in i.Plans)
            {
                var v = row.ValueFor(plan1.ReportingPeriod) ?? Add(row.Values, new IndicatorValue { Year = plan1.Year, Period = plan1.Period });
                (v.Planned, v.PlannedUpper) = (plan1.Planned, plan1.PlannedUpper);
            }
        }
    }

    private void Funding(MunicipalProgram program, ProgramPlan plan)
    {
        var planned = plan.Funding.Where(f => _activities.ContainsKey(f.ActivityKey))
            .ToDictionary(f => (_activities[f.ActivityKey].Id, f.Year, f.Period, f.Source, f.ExecutorId));
        foreach (var line in program.FundingLines.ToList())
        {
            if (planned.Remove((line.ActivityId, line.Year, line.Period, line.Source, line.ExecutorId), out var f)) line.Planned = f.Planned;
            else if (line.Actual is null) program.FundingLines.Remove(line);
            else line.Planned = 0; // the executed money stays on record
        }
        foreach (var ((activityId, year, period, source, executor), f) in planned)
            program.FundingLines.Add(new FundingLine
            {
                ActivityId = activityId, Year = year, Period = period, Source = source, ExecutorId = executor, Planned = f.Planned,
            });
    }

    private void IndicatorPassports(ProgramPlan plan)
    {
        foreach (var i in plan.Indicators)
        {
            var row = _indicatorsByKey[i.Key];
            if (i.Passport is not { } x) { row.Passport = null; continue; }
            var passport = row.Passport ??= new IndicatorPassport();
            (passport.Number, passport.ResponsiblePerson, passport.FormationProcedure, passport.MonitoringDescription) =
                (x.Number, x.ResponsiblePerson, x.FormationProcedure, x.MonitoringDescription);
            // Base measures have no identity of their own: the passport's table is replaced as a whole.
            passport.BaseMeasures.Clear();
            passport.BaseMeasures.AddRange(x.BaseMeasures.Select(m => new BaseMeasure
            {
                Name = m.Name, Unit = m.Unit, Symbol = m.Symbol, Source = m.Source, CollectionMethod = m.CollectionMethod,
                ObservationUnit = m.ObservationUnit, Coverage = m.Coverage, Periodicity = m.Periodicity,
            }));
        }
    }

    private void CapitalObjects(MunicipalProgram program, ProgramPlan plan)
    {
        var kept = new HashSet<CapitalConstructionObject>();
        foreach (var c in plan.CapitalObjects)
        {
            var row = Find(program.CapitalObjects, c.Key, r => r.Id) ?? Add(program.CapitalObjects, new CapitalConstructionObject());
            kept.Add(row);
            row.ActivityId = c.ActivityKey is { } a && _activities.TryGetValue(a, out var activity) ? activity.Id : null;
            (row.NameAndLocation, row.Capacity, row.ConstructionStartYear, row.ConstructionEndYear, row.HasApprovedDesign, row.Ownership) =
                (c.NameAndLocation, c.Capacity, c.ConstructionStartYear, c.ConstructionEndYear, c.HasApprovedDesign, c.Ownership);
            (row.EstimatedCostDesignPrices, row.EstimatedCostBasePrices, row.RemainingDesignPrices, row.RemainingBasePrices) =
                (c.EstimatedCostDesignPrices, c.EstimatedCostBasePrices, c.RemainingDesignPrices, c.RemainingBasePrices);
        }
        program.CapitalObjects.RemoveAll(r => !kept.Contains(r));
    }

    /// <summary>Resource needs carry no facts: the stored rows are replaced by the plan's, one per resource and year.</summary>
    private static void ResourceNeeds(MunicipalProgram program, ProgramPlan plan)
    {
        program.ResourceNeeds.Clear();
        program.ResourceNeeds.AddRange(plan.ResourceNeeds.SelectMany(n => n.Amounts.Select(a => new ResourceNeed
        {
            Kind = n.Kind, Name = n.Name, Unit = n.Unit, Year = a.Year, Amount = a.Amount,
        })));
    }

    /// <summary>
    /// Deletes the rows no plan item was applied to (new rows have their ids by now, so rows are compared, not keys),
    /// dependants first: foreign keys restrict the other order.
    /// </summary>
    private void RemoveDropped(MunicipalProgram program)
    {
        program.Indicators.RemoveAll(i => !_indicators.Contains(i));
        var dropped = program.Activities.Where(a => !_activities.ContainsValue(a)).ToList();
        program.FundingLines.RemoveAll(f => dropped.Any(a => a.Id == f.ActivityId));
        foreach (var c in program.CapitalObjects.Where(c => dropped.Any(a => a.Id == c.ActivityId))) c.ActivityId = null;
        foreach (var a in new ActivityTree(dropped).InOrder.Reverse()) program.Activities.Remove(a);
        foreach (var g in program.Goals) g.Objectives.RemoveAll(o => !_objectives.ContainsValue(o));
        program.Goals.RemoveAll(g => !_goals.ContainsValue(g));
        program.Subprograms.RemoveAll(s => !_subprograms.ContainsValue(s));
    }

    private int? SubprogramId(int? key) => key is { } k && _subprograms.TryGetValue(k, out var s) ? s.Id : null;

    private static T? Find<T>(IEnumerable<T> rows, int key, Func<T, int> id) where T : class => key > 0 ? rows.FirstOrDefault(r => id(r) == key) : null;

    private static T Add<T>(List<T> list, T item) { list.Add(item); return item; }
}
