namespace MunicipalPrograms.Domain.Scoring;

/// <summary>Grades of the federal methodical guidance.</summary>
public enum FederalGrade { High, Medium, Satisfactory, Unsatisfactory, NotAssessable }

/// <summary>The federal-guidance evaluation of one element, with its intermediate numbers.</summary>
public sealed class FederalEvaluation
{
    /// <summary>М: activities planned for the period.</summary>
    public int ActivitiesPlanned { get; init; }
    /// <summary>Мв: of those, completed.</summary>
    public int ActivitiesCompleted { get; init; }
    /// <summary>СРм = Мв / М.</summary>
    public decimal? ActivitiesImplementation { get; init; }
    /// <summary>ССуз = Зф / Зп.</summary>
    public decimal? SpendingRatio { get; init; }
    /// <summary>Эис = СРм / ССуз.</summary>
    public decimal? FundsEfficiency { get; init; }
    /// <summary>СРп/п: weighted mean of СДп/ппз (each capped at 1); per-indicator values in Indicators.</summary>
    public decimal? ImplementationDegree { get; init; }
    /// <summary>ЭРп/п = СРп/п × Эис.</summary>
    public decimal? Efficiency { get; init; }
    public FederalGrade Grade { get; init; }
    public required Evaluation Indicators { get; init; }
    public required IReadOnlyList<ScoringIssue> Issues { get; init; }

    public static string Caption(FederalGrade g) => g switch
    {
        FederalGrade.High => "высокая эффективность",
        FederalGrade.Medium => "средняя эффективность",
        FederalGrade.Satisfactory => "удовлетворительная эффективность",
        FederalGrade.Unsatisfactory => "неудовлетворительная эффективность",
        _ => "оценка невозможна",
    };
}

/// <summary>
/// The federal methodical guidance used by many regions, computed beside the Procedure's
/// methodology for comparison (or as the official one, by the municipality's choice):
/// СРм = Мв/М; ССуз = Зф/Зп; Эис = СРм/ССуз; СДп/ппз = Rf/Rp (Rp/Rf for decrease) ≤ 1;
/// СРп/п = Σ Mi × СДп/ппз; ЭРп/п = СРп/п × Эис; grades ≥ 0,9 / ≥ 0,8 / ≥ 0,7 / below.
/// </summary>
public static class FederalMethodology
{
    public static FederalEvaluation Evaluate(ElementInput element, MethodologySettings settings)
    {
        // Indicator achievement is the Procedure's S capped at 1, weighted the same way.
        var indicators = ProcedureMethodology.Evaluate(element, settings with { AchievementCap = 1m });
        var issues = new List<ScoringIssue>();
        var activities = element.Activities ?? [];
        int planned = 0, completed = 0;
        foreach (var a in activities)
        {
            if (!a.DueInPeriod) continue;
            planned++;
            if (a.Completed) completed++;
        }

        decimal? srm = planned > 0 ? (decimal)completed / planned : 1m;
        if (planned == 0)
            issues.Add(new ScoringIssue(IssueSeverity.Warning, "На отчетный период не запланировано ни одного мероприятия: СРм принята равной 1."));

        decimal? ssuz = element.PlannedFunding > 0 ? element.ActualFunding / element.PlannedFunding
            : element.ActualFunding == 0 ? 1m : null;
        if (ssuz is null)
            issues.Add(new ScoringIssue(IssueSeverity.Warning, "Расходы произведены без плана: ССуз не определена."));

        decimal? eis = ssuz is > 0 ? srm / ssuz : null;
        if (ssuz == 0)
            issues.Add(new ScoringIssue(IssueSeverity.Warning, "Плановые средства не израсходованы (Зф = 0): Эис не определена."));

        var degree = indicators.ResultIndex;
        var efficiency = degree * eis;
        return new FederalEvaluation
        {
            ActivitiesPlanned = planned, ActivitiesCompleted = completed, ActivitiesImplementation = srm,
            SpendingRatio = ssuz, FundsEfficiency = eis, ImplementationDegree = degree, Efficiency = efficiency,
            Grade = GradeOf(efficiency), Indicators = indicators, Issues = issues,
        };
    }

    public static FederalGrade GradeOf(decimal? efficiency) => efficiency switch
    {
        null => FederalGrade.NotAssessable,
        >= 0.9m => FederalGrade.High,
        >= 0.8m => FederalGrade.Medium,
        >= 0.7m => FederalGrade.Satisfactory,
        _ => FederalGrade.Unsatisfactory,
    };
}
