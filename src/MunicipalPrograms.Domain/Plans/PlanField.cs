using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Plans;

/// <summary>
/// Stable codes of the fields of a plan, with their values written invariantly (as the audit log writes them):
/// what the diff compares and the draft's audit entries record. Captions are the screens' business.
/// </summary>
public static class PlanField
{
    public const string Name = "name";
    public const string Code = "code";
    public const string RegistryCode = "registry_code";
    public const string StartYear = "start_year";
    public const string EndYear = "end_year";
    public const string ResponsibleExecutor = "responsible_executor";
    public const string CoExecutors = "co_executors";
    public const string Curator = "curator";
    public const string Customer = "customer";
    public const string SocioEconomicGoal = "socio_economic_goal";
    public const string CurrentState = "current_state";
    public const string Risks = "risks";
    public const string Management = "management";
    public const string Stages = "stages";
    public const string ExpectedResults = "expected_results";
    public const string Subprogram = "subprogram";
    public const string Goal = "goal";
    public const string Objective = "objective";
    public const string Activity = "activity";
    public const string Parent = "parent";
    public const string Unit = "unit";
    public const string Kind = "kind";
    public const string Direction = "direction";
    public const string TargetKind = "target_kind";
    public const string BaseValue = "base_value";
    public const string BaseYear = "base_year";
    public const string CalculationMethod = "calculation_method";
    public const string StructureCode = "structure_code";
    public const string PlannedStart = "planned_start";
    public const string PlannedEnd = "planned_end";
    public const string IsInvestment = "is_investment";
    public const string Executors = "executors";
    public const string Planned = "planned";
    // Паспорт показателя (Appendix 6).
    public const string PassportNumber = "passport_number";
    public const string ResponsiblePerson = "responsible_person";
    public const string FormationProcedure = "formation_procedure";
    public const string MonitoringDescription = "monitoring_description";
    public const string BaseMeasures = "base_measures";
    // Объект капитального строительства (Appendix 3).
    public const string Capacity = "capacity";
    public const string ConstructionStart = "construction_start";
    public const string ConstructionEnd = "construction_end";
    public const string ApprovedDesign = "approved_design";
    public const string Ownership = "ownership";
    public const string CostDesignPrices = "cost_design_prices";
    public const string CostBasePrices = "cost_base_prices";
    public const string RemainingDesignPrices = "remaining_design_prices";
    public const string RemainingBasePrices = "remaining_base_prices";
    /// <summary>A funding line's planned money, per source: <c>funding:Local</c>.</summary>
    public static string FundingField(FundingSource source) => "funding:" + source;
    /// <summary>A resource need's amount of a year, per kind of resource: <c>resource:Material</c>.</summary>
    public static string ResourceField(ResourceKind kind) => "resource:" + kind;

    public static IReadOnlyList<(string, string?)> Of(PlanPassport p) =>
    [
        (Name, p.Name), (RegistryCode, p.RegistryCode), (StartYear, Int(p.StartYear)), (EndYear, Int(p.EndYear)),
        (ResponsibleExecutor, Int(p.ResponsibleExecutorId)), (CoExecutors, Ids(p.CoExecutorIds)), (Curator, p.Curator), (Customer, p.Customer),
        (SocioEconomicGoal, p.SocioEconomicGoal), (CurrentState, p.CurrentState), (Risks, p.Risks), (Management, p.Management),
        (Stages, p.Stages), (ExpectedResults, Lines(p.ExpectedResults)),
    ];

    public static IReadOnlyList<(string, string?)> Of(PlanSubprogram s) =>
    [
        (Code, s.Code), (Name, s.Name), (ResponsibleExecutor, Int(s.ResponsibleExecutorId)), (CoExecutors, s.CoExecutors),
        (ExpectedResults, s.ExpectedResults), (StartYear, Int(s.StartYear)), (EndYear, Int(s.EndYear)),
    ];

    public static IReadOnlyList<(string, string?)> Of(PlanGoal g) => [(Code, g.Code), (Name, g.Name), (Subprogram, Int(g.SubprogramKey))];

    public static IReadOnlyList<(string, string?)> Of(PlanObjective o) => [(Code, o.Code), (Name, o.Name)];

    public static IReadOnlyList<(string, string?)> Of(PlanIndicator i) =>
    [
        (Code, i.Code), (Name, i.Name), (Unit, i.Unit), (Kind, i.Kind.ToString()), (Direction, i.Direction.ToString()),
        (TargetKind, i.TargetKind.ToString()), (BaseValue, AuditValue.Number(i.BaseValue)), (BaseYear, Int(i.BaseYear)),
        (Goal, Int(i.GoalKey)), (Objective, Int(i.ObjectiveKey)), (Subprogram, Int(i.SubprogramKey)), (Activity, Int(i.ActivityKey)),
        (CalculationMethod, i.CalculationMethod),
    ];

    public static IReadOnlyList<(string, string?)> Of(PlanActivity a) =>
    [
        (Code, a.Code), (Name, a.Name), (Parent, Int(a.ParentKey)), (Kind, a.Kind.ToString()), (StructureCode, a.StructureCode),
        (Objective, Int(a.ObjectiveKey)), (Subprogram, Int(a.SubprogramKey)), (PlannedStart, AuditValue.Date(a.PlannedStart)),
        (PlannedEnd, AuditValue.Date(a.PlannedEnd)), (IsInvestment, AuditValue.Flag(a.IsInvestment)), (Executors, Ids(a.ExecutorIds)),
        (ExpectedResults, Lines(a.ExpectedResults.Select(r => $"{r.Year}: {r.Text}"))),
    ];

 public static IReadOnlyList<(string, string?)> Of(PlanIndicatorPassport? p) =>
    [
        (PassportNumber, p?.Number), (ResponsiblePerson, p?.ResponsiblePerson), (FormationProcedure, p?.FormationProcedure),
        (MonitoringDescription, p?.MonitoringDescription), (BaseMeasures, Lines(p?.BaseMeasures.Select(BaseMeasureText) ?? [])),
    ];

    /// <summary>One base measure as one line: «S; name; unit; source; method 1; unit of observation; coverage 1; periodicity».</summary>
    public static string BaseMeasureText(PlanBaseMeasure m) => string.Join("; ",
        m.Symbol, m.Name, m.Unit, m.Source ?? "", Int(m.CollectionMethod), m.ObservationUnit ?? "", Int(m.Coverage), m.Periodicity ?? "");

    public static IReadOnlyList<(string, string?)> Of(PlanCapitalObject c) =>
    [
        (Name, c.NameAndLocation), (Activity, Int(c.ActivityKey)), (Capacity, c.Capacity), (ConstructionStart, Int(c.ConstructionStartYear)),
        (ConstructionEnd, Int(c.ConstructionEndYear)), (ApprovedDesign, AuditValue.Flag(c.HasApprovedDesign)), (Ownership, c.Ownership),
        (CostDesignPrices, AuditValue.Number(c.EstimatedCostDesignPrices)), (CostBasePrices, AuditValue.Number(c.EstimatedCostBasePrices)),
        (RemainingDesignPrices, AuditValue.Number(c.RemainingDesignPrices)), (RemainingBasePrices, AuditValue.Number(c.RemainingBasePrices)),
    ];

    /// <summary>"12.5", or "10..20" for a range; null when there is no plan.</summary>
    public static string? PlanText(PlanValue? v) => v is null ? null
        : v.PlannedUpper is { } upper ? $"{AuditValue.Number(v.Planned)}..{AuditValue.Number(upper)}" : AuditValue.Number(v.Planned);

    private static string? Int(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static string? Ids(IEnumerable<int> ids) => string.Join(",", ids.Order()) is { Length: > 0 } s ? s : null;
    private static string? Lines(IEnumerable<string> lines) => string.Join("\n", lines) is { Length: > 0 } s ? s : null;
}
