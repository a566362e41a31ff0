using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Domain.Plans;

/// <summary>
/// The plan of a stored program (goals with objectives, subprograms, indicators with values, activities with
/// executors and results, funding lines and co-executors loaded): keys are the row ids, lists in document order.
/// Facts (actual values) are not part of a plan.
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
    };
}
