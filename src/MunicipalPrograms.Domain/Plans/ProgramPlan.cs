using System.Text.Json.Serialization;
using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Plans;

/// <summary>
/// What a program document holds and an amendment changes (Procedure 2.1, Appendices 1, 2, 4, 5): the passport,
/// goals and objectives, subprograms, indicators with their planned values by year and interim period,
/// activities, and the funding plan by activity × year × source. A draft is edited as one of these; every
/// approved редакция is stored as one (<c>ProgramVersion</c>); two of them are compared by <see cref="PlanDiff"/>.
/// Items are matched across versions by <c>Key</c>: the id of the stored row, or a negative number for an item
/// a draft adds (<see cref="NewKey"/>), which gets its row id when the draft is approved.
/// The order of each list is the order of the document.
/// </summary>
public sealed class ProgramPlan
{
    /// <summary>
    /// Format 2 added the indicator passports (Appendix 6), capital construction objects (Appendix 3) and resource
    /// needs (Appendix 7). A редакция stored in format 1 did not record them: their absence there is "not recorded",
    /// not "none", so a diff with such a редакция leaves them out (<see cref="HasAppendices"/>).
    /// </summary>
    public const int CurrentFormat = 2;

    public int Format { get; set; } = CurrentFormat;
    [JsonIgnore]
    public bool HasAppendices => Format >= 2;
    public PlanPassport Passport { get; set; } = new();
    public List<PlanSubprogram> Subprograms { get; set; } = [];
    public List<PlanGoal> Goals { get; set; } = [];
    public List<PlanIndicator> Indicators { get; set; } = [];
    public List<PlanActivity> Activities { get; set; } = [];
    public List<PlanFunding> Funding { get; set; } = [];
    public List<PlanCapitalObject> CapitalObjects { get; set; } = [];
    public List<PlanResourceNeed> ResourceNeeds { get; set; } = [];
    /// <summary>The last key given to a new item (-1, -2, …).</summary>
    public int LastNewKey { get; set; }

    public int NewKey() => --LastNewKey;

    [JsonIgnore]
    public IEnumerable<PlanObjective> Objectives => Goals.SelectMany(g => g.Objectives);
}

/// <summary>Паспорт программы (Appendix 1) and the text sections of 2.1.</summary>
public sealed class PlanPassport
{
    public string Name { get; set; } = "";
    public string RegistryCode { get; set; } = "";
    public int StartYear { get; set; }
    public int? EndYear { get; set; }
    public int ResponsibleExecutorId { get; set; }
    public List<int> CoExecutorIds { get; set; } = [];
    public string? Curator { get; set; }
    public string? Customer { get; set; }
    public string? SocioEconomicGoal { get; set; }
    public string? CurrentState { get; set; }
    public string? Risks { get; set; }
    public string? Management { get; set; }
    public string? Stages { get; set; }
    public List<string> ExpectedResults { get; set; } = [];
}

public sealed class PlanSubprogram
{
    public int Key { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? ResponsibleExecutorId { get; set; }
    public string? CoExecutors { get; set; }
    public string? GoalsText { get; set; }
    public string? ObjectivesText { get; set; }
    public string? ExpectedResults { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
}

public sealed class PlanGoal
{
    public int Key { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? SubprogramKey { get; set; }
    public List<PlanObjective> Objectives { get; set; } = [];
}

public sealed class PlanObjective
{
    public int Key { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed class PlanIndicator
{
    public int Key { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public IndicatorKind Kind { get; set; } = IndicatorKind.Output;
    public Direction Direction { get; set; } = Direction.Increase;
    public TargetKind TargetKind { get; set; } = TargetKind.Value;
    public decimal? BaseValue { get; set; }
    public int? BaseYear { get; set; }
    public string? BaseNote { get; set; }
    public int? GoalKey { get; set; }
    public int? ObjectiveKey { get; set; }
    public int? SubprogramKey { get; set; }
    public int? ActivityKey { get; set; }
    public string? CalculationMethod { get; set; }
    public List<PlanValue> Plans { get; set; } = [];
    /// <summary>Паспорт показателя (Appendix 6); null when the program has none for this indicator.</summary>
    public PlanIndicatorPassport? Passport { get; set; }

    public PlanValue? PlanFor(ReportingPeriod period) => Plans.FirstOrDefault(p => p.Year == period.Year && p.Period == period.Kind);
}

/// <summary>A planned value of one year or interim period; for a range the lower and upper bounds.</summary>
public sealed class PlanValue
{
    public int Year { get; set; }
    public PeriodKind Period { get; set; } = PeriodKind.Year;
    public decimal? Planned { get; set; }
    public decimal? PlannedUpper { get; set; }

    [JsonIgnore]
    public ReportingPeriod ReportingPeriod => new(Year, Period);
}

public sealed class PlanActivity
{
    public int Key { get; set; }
    public int? ParentKey { get; set; }
    public ActivityKind Kind { get; set; } = ActivityKind.Activity;
    public string Code { get; set; } = "";
    public string? StructureCode { get; set; }
    public string Name { get; set; } = "";
    public int? ObjectiveKey { get; set; }
    public int? SubprogramKey { get; set; }
    public DateOnly? PlannedStart { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    public bool IsInvestment { get; set; }
    public List<int> ExecutorIds { get; set; } = [];
    public List<PlanYearText> ExpectedResults { get; set; } = [];
}

public sealed class PlanYearText
{
    public int Year { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>Planned money of one activity for one year (or interim period) from one source, optionally one executor.</summary>
public sealed class PlanFunding
{
    public int ActivityKey { get; set; }
    public int Year { get; set; }
    public PeriodKind Period { get; set; } = PeriodKind.Year;
    public FundingSource Source { get; set; }
    public int? ExecutorId { get; set; }
    public decimal Planned { get; set; }

    /// <summary>What identifies a line: the same activity, year, period, source and executor is the same line.</summary>
    [JsonIgnore]
    public (int, int, PeriodKind, FundingSource, int?) Identity => (ActivityKey, Year, Period, Source, ExecutorId);
}

/// <summary>Паспорт показателя (Appendix 6): who forms it, how, how it is monitored, and the base measures of its formula.</summary>
public sealed class PlanIndicatorPassport
{
    public string? Number { get; set; }
    public string? ResponsiblePerson { get; set; }
    public string? FormationProcedure { get; set; }
    public string? MonitoringDescription { get; set; }
    public List<PlanBaseMeasure> BaseMeasures { get; set; } = [];
}

/// <summary>A row of «Описание используемых базовых показателей»; methods and coverage by Appendix 6's numbers.</summary>
public sealed class PlanBaseMeasure
{
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Symbol { get; set; } = "";
    public string? Source { get; set; }
    public int CollectionMethod { get; set; } = 1;
    public string? ObservationUnit { get; set; }
    public int Coverage { get; set; } = 1;
    public string? Periodicity { get; set; }
}

/// <summary>Объект капитального строительства (Appendix 3), optionally the activity that builds it; costs in the municipality's money unit.</summary>
public sealed class PlanCapitalObject
{
    public int Key { get; set; }
    public int? ActivityKey { get; set; }
    public string NameAndLocation { get; set; } = "";
    public string? Capacity { get; set; }
    public int? ConstructionStartYear { get; set; }
    public int? ConstructionEndYear { get; set; }
    public bool HasApprovedDesign { get; set; }
    public string? Ownership { get; set; }
    public decimal? EstimatedCostDesignPrices { get; set; }
    public decimal? EstimatedCostBasePrices { get; set; }
    public decimal? RemainingDesignPrices { get; set; }
    public decimal? RemainingBasePrices { get; set; }
}

/// <summary>
/// A non-financial row of Appendix 7 (material, labour or other resources) with its amount by year. The financial
/// rows are the funding plan's totals, never typed. A row is identified by its kind, name and unit.
/// </summary>
public sealed class PlanResourceNeed
{
    public ResourceKind Kind { get; set; } = ResourceKind.Material;
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public List<PlanYearAmount> Amounts { get; set; } = [];

    [JsonIgnore]
    public (ResourceKind, string, string) Identity => (Kind, Name, Unit);
}

public sealed class PlanYearAmount
{
    public int Year { get; set; }
    public decimal Amount { get; set; }
}
