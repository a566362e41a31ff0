using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.OpenData;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.PublicSite;

/// <summary>The public registry: the approved programs, filtered by municipality.</summary>
public sealed record PublicRegistry(string? Municipality, IReadOnlyList<MunicipalityOption> Municipalities, IReadOnlyList<ProgramRow> Programs);

public sealed record PublicGoal(string Code, string Name, IReadOnlyList<string> Objectives);

/// <summary>
/// One approved program as the public sees it: only whitelisted fields (the open-data rows and the goals), never the
/// entity (ADR 0027).
/// </summary>
public sealed record PublicProgram(
    ProgramRow Passport, IReadOnlyList<string> ExpectedResults, IReadOnlyList<PublicGoal> Goals,
    IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<FundingRow> Funding, IReadOnlyList<EvaluationRow> Evaluations)
{
    /// <summary>The years the indicator table has columns for, each annual.</summary>
    public IReadOnlyList<int> Years { get; } = Indicators.Where(i => i.Period == PeriodKind.Year).Select(i => i.Year)
        .Concat(Funding.Where(f => f.Period == PeriodKind.Year).Select(f => f.Year)).Distinct().Order().ToList();
}

/// <summary>One accepted evaluation with the indicators' plan and fact of its period (the place for charts later).</summary>
public sealed record PublicEvaluation(ProgramRow Program, EvaluationRow Evaluation, IReadOnlyList<IndicatorRow> Indicators);

public static class PublicText
{
    /// <summary>A planned value as the public tables print it: the number, or «от–до» for a range.</summary>
    public static string Plan(IndicatorRow? value) => value is null ? RuFormat.Missing
        : value.PlannedUpper is { } upper ? $"{RuFormat.Number(value.Planned)}–{RuFormat.Number(upper)}" : RuFormat.Number(value.Planned);
}
