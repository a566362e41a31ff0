using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Web.Presentation;

/// <summary>
/// The two numbers and the grade of the methodology the municipality made official (Procedure or the
/// federal guidance), for the screens that show only one: the review queue and the report sidebar.
/// </summary>
public sealed record OfficialScore(string ResultLabel, decimal? Result, string EfficiencyLabel, decimal? Efficiency, string Grade, string Badge, string Method)
{
    public static OfficialScore Of(ProgramEvaluation e) => e.Official == OfficialMethodology.Federal
        ? new("Степень реализации СРп/п", e.Federal.ImplementationDegree, "Эффективность ЭРп/п", e.Federal.Efficiency,
            FederalEvaluation.Caption(e.Federal.Grade), Captions.FederalBadge(e.Federal.Grade), "методические рекомендации")
        : new("Индекс результативности Ip", e.Program.ResultIndex, "Индекс эффективности Iэ", e.Program.EfficiencyIndex,
            ScoringTexts.Caption(e.Program.Grade), Captions.GradeBadge(e.Program.Grade), "методика Порядка");
}
