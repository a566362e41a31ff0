using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Web.Data.DemoData;

// The shape of a demo-data file (see FORMAT.md). Records mirror the JSON one to one.

public sealed record DemoDocument(DemoMunicipality Municipality, List<DemoDepartment> Departments, DemoProgram Program, List<string>? SourceNotes);

public sealed record DemoMunicipality(string Code, string Name, string? Region, MoneyUnit MoneyUnit, Dictionary<FundingSource, string>? BudgetNames,
    string? TimeZone = null);

public sealed record DemoDepartment(string Code, string Name, string? ShortName, DepartmentKind Kind);

public sealed record DemoLegalAct(string? Kind, string? Issuer, DateOnly? Date, string? Number, string? Title);

public sealed record DemoProgram(
    string RegistryCode, string Name, int? StartYear, int? EndYear, ProgramStatus Status,
    DemoLegalAct? ApprovingAct, string ResponsibleExecutor, List<string>? CoExecutors,
    string? Curator, string? Customer, string? SocioEconomicGoal,
    string? CurrentState, string? Risks, string? Management, string? Stages, List<string>? ExpectedResults,
    List<DemoGoal>? Goals, List<DemoSubprogram>? Subprograms, List<DemoActivity>? Activities,
    List<DemoIndicator>? Indicators, List<DemoFunding>? Funding, List<DemoAmendment>? Amendments,
    List<DemoReport>? Reports);

public sealed record DemoGoal(string Code, string Name, List<DemoObjective>? Objectives);

public sealed record DemoObjective(string Code, string Name);

public sealed record DemoSubprogram(
    string Code, string Name, string? ResponsibleExecutor, List<string>? CoExecutors,
    string? Goals, string? Objectives, string? ExpectedResults, int? StartYear, int? EndYear);

public sealed record DemoActivity(
    string Code, string? ParentCode, ActivityKind Kind, string? StructureCode, string Name,
    string? ObjectiveCode, string? SubprogramCode, List<string>? Executors,
    DateOnly? PlannedStart, DateOnly? PlannedEnd, bool IsInvestment, List<DemoYearText>? ExpectedResults);

public sealed record DemoYearText(int Year, string Text);

public sealed record DemoIndicator(
    string Code, string Name, string? Unit, IndicatorKind Kind, Direction Direction, TargetKind TargetKind,
    decimal? BaseValue, int? BaseYear, string? BaseNote,
    string? GoalCode, string? ObjectiveCode, string? SubprogramCode, string? ActivityCode,
    string? CalculationMethod, List<DemoIndicatorValue>? Values);

public sealed record DemoIndicatorValue(
    int Year, PeriodKind Period, decimal? Planned, decimal? PlannedUpper, decimal? Actual, bool NotMeasured,
    string? DeviationReason, string? ActualNote, string? Calculation);

public sealed record DemoFunding(
    string ActivityCode, int Year, PeriodKind Period, FundingSource Source, string? Executor,
    decimal Planned, decimal? PeriodPlanned, decimal? Actual);

public sealed record DemoAmendment(DemoLegalAct Act, string? Summary);

public sealed record DemoPerson(string? Name, string? Position, string? Phone);

public sealed record DemoReport(
    int Year, PeriodKind Period, ReportStatus Status, WeightMode WeightMode, Dictionary<string, decimal>? Weights,
    DemoPerson? Signatory, DemoPerson? Contact, List<DemoActivityExecution>? ActivityExecution, string? Narrative);

public sealed record DemoActivityExecution(
    string ActivityCode, string? Done, string? NotDoneReason, string? Problems, DateOnly? ActualCompletion, bool? Completed);
