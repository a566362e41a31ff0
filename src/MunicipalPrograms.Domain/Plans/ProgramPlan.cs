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
    public PlanPassport Passport { get; set; } = new();
    public List<PlanSubprogram> Subprograms { get; set; } = [];
    public List<PlanGoal> Goals { get; set; } = [];
    public List<PlanIndicator> Indicators { get; set; } = [];
    public List<PlanActivity> Activities { get; set; } = [];
    public List<PlanFunding> Funding { get; set; } = [];
    /// <summary>The last key given to a new item (-1, -2, …).</summary>
    public int LastNewKey { get; set; }

    public int NewKey() => --LastNewKey;

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

    public PlanValue? PlanFor(ReportingPeriod period) => Plans.FirstOrDefault(p => p.Year == period.Year && p.Period == period.Kind);
}

/// <summary>A planned value of one year or interim period; for a range the lower and upper bounds.</summary>
public sealed class PlanValue
{
    public int Year { get; set; }
    public PeriodKind Period { get; set; } = PeriodKind.Year;
    public decimal? Planned { get; set; }
    public decimal? PlannedUpper { get; set; }

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
    public (int, int, PeriodKind, FundingSource, int?) Identity => (ActivityKey, Year, Period, Source, ExecutorId);
}
