using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Web.OpenData;

// The public projections: an explicit whitelist of fields (ADR 0027). Nothing here may hold a person's name, phone or
// e-mail: no report signatory or contact, no curator or customer (free text that may name a person), no user.

public sealed record ProgramRow(
    int Id, string MunicipalityCode, string MunicipalityName, string RegistryCode, string Name, int StartYear, int? EndYear,
    ProgramStatus Status, string ResponsibleExecutor, string? SocioEconomicGoal, int VersionNumber, DateOnly InForceFrom,
    string ActKind, DateOnly? ActDate, string? ActNumber);

public sealed record IndicatorRow(
    int ProgramId, string MunicipalityCode, string RegistryCode, int IndicatorId, string IndicatorCode, string IndicatorName,
    string Unit, IndicatorKind Kind, Direction Direction, int Year, PeriodKind Period,
    decimal? Planned, decimal? PlannedUpper, decimal? Actual);

public sealed record FundingRow(
    int ProgramId, string MunicipalityCode, string RegistryCode, MoneyUnit MoneyUnit, int Year, PeriodKind Period,
    FundingSource Source, decimal Planned, decimal? Actual);

public sealed record EvaluationRow(
    int ProgramId, string MunicipalityCode, string RegistryCode, int Year, PeriodKind Period, DateTimeOffset? AcceptedAt,
    decimal? ResultIndex, decimal? EfficiencyIndex, Domain.Scoring.EfficiencyGrade Grade, decimal PlannedFunding, decimal ActualFunding);
