using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Domain.Plans;

/// <summary>
/// The plan of a stored program (goals with objectives, subprograms, indicators with values, activities with
/// executors and results, funding lines and co-executors loaded): keys are the row ids, lists in document order.
/// Facts (actual values) are not part of a plan. Indicator passports with base measures, capital construction objects
/// and resource needs must be loaded too: a plan read without them would say the program has none.
/// </summary>
public static class ProgramPlanReader
{
    public static ProgramPlan From(MunicipalProgram p) => new()
    {
        Passport = new PlanPassport
        {
            Name = p.Name, RegistryCode = p.RegistryCode, StartYear = p.StartYear, EndYear = p.EndYear,
            ResponsibleExecutorId = p.ResponsibleExecutorId, CoExecutorIds = p.CoExecutors.Select(c => c.DepartmentId).Order().ToList(),
            Curator = p.Curator, Customer = p.Customer, SocioEconomicGoal = p.SocioEconomicGoal, CurrentState = p.CurrentState,
            Risks = p.Risks, Management = p.Management, Stages = p.Stages, ExpectedResults = [.. p.ExpectedResults],
        },
        Subprograms = p.Subprograms.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => new PlanSubprogram
        {
            Key = s.Id, Code = s.Code, Name = s.Name, ResponsibleExecutorId = s.ResponsibleExecutorId, CoExecutors = s.CoExecutors,
            GoalsText = s.GoalsText, ObjectivesText = s.ObjectivesText, ExpectedResults = s.ExpectedResults, StartYear = s.StartYear, EndYear = s.EndYear,
        }).ToList(),
        Goals = p.Goals.OrderBy(g => g.SortOrder).ThenBy(g => g.Id).Select(g => new PlanGoal
        {
            Key = g.Id, Code = g.Code, Name = g.Name, SubprogramKey = g.SubprogramId,
            Objectives = g.Objectives.OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
                .Select(o => new PlanObjective { Key = o.Id, Code = o.Code, Name = o.Name }).ToList(),
        }).ToList(),
        Indicators = Indicator.InOrder(p.Indicators).Select(ToPlan).ToList(),
        Activities = new ActivityTree(p.Activities).InOrder.Select(a => new PlanActivity
        {
            Key = a.Id, ParentKey = a.ParentId, Kind = a.Kind, Code = a.Code, StructureCode = a.StructureCode, Name = a.Name,
            ObjectiveKey = a.ObjectiveId, SubprogramKey = a.SubprogramId, PlannedStart = a.PlannedStart, PlannedEnd = a.PlannedEnd,
            IsInvestment = a.IsInvestment, ExecutorIds = a.Executors.Select(e => e.DepartmentId).Order().ToList(),
            ExpectedResults = a.ExpectedResults.OrderBy(r => r.Year).Select(r => new PlanYearText { Year = r.Year, Text = r.Text }).ToList(),
        }).ToList(),
        Funding = p.FundingLines.OrderBy(f => f.ActivityId).ThenBy(f => f.Year).ThenBy(f => f.Period).ThenBy(f => f.Source).ThenBy(f => f.ExecutorId)
            .Select(f => new PlanFunding
            {
                ActivityKey = f.ActivityId, Year = f.Year, Period = f.Period, Source = f.Source, ExecutorId = f.ExecutorId, Planned = f.Planned,
            }).ToList(),
        CapitalObjects = p.CapitalObjects.OrderBy(c => c.Id).Select(c => new PlanCapitalObject
        {
            Key = c.Id, ActivityKey = c.ActivityId, NameAndLocation = c.NameAndLocation, Capacity = c.Capacity,
            ConstructionStartYear = c.ConstructionStartYear, ConstructionEndYear = c.ConstructionEndYear, HasApprovedDesign = c.HasApprovedDesign,
            Ownership = c.Ownership, EstimatedCostDesignPrices = c.EstimatedCostDesignPrices, EstimatedCostBasePrices = c.EstimatedCostBasePrices,
            RemainingDesignPrices = c.RemainingDesignPrices, RemainingBasePrices = c.RemainingBasePrices,
        }).ToList(),
        // Rows in the order they were entered, one plan row per kind, name and unit.
        ResourceNeeds = p.ResourceNeeds.OrderBy(n => n.Id).GroupBy(n => (n.Kind, n.Name, n.Unit)).Select(g => new PlanResourceNeed
        {
            Kind = g.Key.Kind, Name = g.Key.Name, Unit = g.Key.Unit,
            Amounts = g.GroupBy(n => n.Year).OrderBy(y => y.Key).Select(y => new PlanYearAmount { Year = y.Key, Amount = y.Sum(n => n.Amount) }).ToList(),
        }).ToList(),
    };

    private static PlanIndicator ToPlan(Indicator i) => new()
    {
        Key = i.Id, Code = i.Code, Name = i.Name, Unit = i.Unit, Kind = i.Kind, Direction = i.Direction, TargetKind = i.TargetKind,
        BaseValue = i.BaseValue, BaseYear = i.BaseYear, BaseNote = i.BaseNote, GoalKey = i.GoalId, ObjectiveKey = i.ObjectiveId,
        SubprogramKey = i.SubprogramId, ActivityKey = i.ActivityId, CalculationMethod = i.CalculationMethod,
        // A value row kept only for its fact (no plan) is not part of the plan.
        Plans = i.Values.Where(v => v.Planned is not null || v.PlannedUpper is not null)
            .OrderBy(v => v.Year).ThenBy(v => v.Period)
            .Select(v => new PlanValue { Year = v.Year, Period = v.Period, Planned = v.Planned, PlannedUpper = v.PlannedUpper }).ToList(),
        Passport = i.Passport is not { } x ? null : new PlanIndicatorPassport
        {
            Number = x.Number, ResponsiblePerson = x.ResponsiblePerson, FormationProcedure = x.FormationProcedure, MonitoringDescription = x.MonitoringDescription,
            BaseMeasures = x.BaseMeasures.OrderBy(m => m.Id).Select(m => new PlanBaseMeasure
            {
                Name = m.Name, Unit = m.Unit, Symbol = m.Symbol, Source = m.Source, CollectionMethod = m.CollectionMethod,
                ObservationUnit = m.ObservationUnit, Coverage = m.Coverage, Periodicity = m.Periodicity,
            }).ToList(),
        },
    };
}
