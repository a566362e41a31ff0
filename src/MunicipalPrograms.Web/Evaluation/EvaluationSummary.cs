using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Web.Evaluation;

/// <summary>
/// A program's evaluation for one period reduced to the numbers lists filter and sort by and open data publishes, stored
/// with the program's stamp it was computed under (ADR 0033). Derived data, never entered: a summary whose stamp is not
/// the program's current one is computed again (<see cref="EvaluationSummaries"/>), so it is never older than its program.
/// </summary>
public sealed class EvaluationSummary
{
    public int ProgramId { get; set; }
    public int Year { get; set; }
    public PeriodKind Period { get; set; }
    public long Stamp { get; set; }

    /// <summary>Ip of the Procedure's methodology.</summary>
    public decimal? ResultIndex { get; set; }
    /// <summary>Iэ of the Procedure's methodology.</summary>
    public decimal? EfficiencyIndex { get; set; }
    public EfficiencyGrade Grade { get; set; }
    /// <summary>ЭРп/п of the methodological recommendations.</summary>
    public decimal? FederalEfficiency { get; set; }
    /// <summary>Vp and Vf of the Procedure (all sources).</summary>
    public decimal PlannedFunding { get; set; }
    public decimal ActualFunding { get; set; }
    /// <summary>Cash execution of the period's funding lines, % (the dashboard's column).</summary>
    public decimal? FundingPercent { get; set; }

    public static EvaluationSummary Of(ProgramEvaluationResult r, long stamp)
    {
        var e = r.Evaluation.Program;
        return new EvaluationSummary
        {
            ProgramId = r.Program.Id, Year = r.Period.Year, Period = r.Period.Kind, Stamp = stamp,
            ResultIndex = e.ResultIndex, EfficiencyIndex = e.EfficiencyIndex, Grade = e.Grade, FederalEfficiency = r.Evaluation.Federal.Efficiency,
            PlannedFunding = e.PlannedFunding, ActualFunding = e.ActualFunding,
            FundingPercent = Domain.Funding.FundingTotals.Of(r.Program.FundingLines).ExecutionPercent,
        };
    }
}
