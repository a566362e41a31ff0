namespace MunicipalPrograms.Domain.Scoring;

/// <summary>Everything the evaluation form (Appendix 10) shows for one program and period.</summary>
public sealed record ProgramEvaluation(
    Evaluation Program,
    FederalEvaluation Federal,
    IReadOnlyList<(string Code, string Name, Evaluation Evaluation)> Subprograms,
    IReadOnlyList<(string Code, string Name, Evaluation Evaluation)> Activities,
    AdditionalCriteriaResult AdditionalCriteria,
    OfficialMethodology Official)
{
    public static ProgramEvaluation Of(ProgramInput input, MethodologySettings settings) => new(
        ProcedureMethodology.Evaluate(input.Program, settings),
        FederalMethodology.Evaluate(input.Program, settings),
        input.Subprograms.Select(s => (s.Subprogram.Code, s.Subprogram.Name, ProcedureMethodology.Evaluate(s.Input, settings, partOfProgram: true))).ToList(),
        input.Activities.Select(a => (a.Activity.StructureCode ?? a.Activity.Code, a.Activity.Name, ProcedureMethodology.Evaluate(a.Input, settings, partOfProgram: true))).ToList(),
        AdditionalCriteriaCalculator.Compute(input.AdditionalCriteria),
        settings.Official);
}
