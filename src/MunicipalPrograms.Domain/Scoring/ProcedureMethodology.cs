using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Scoring;

/// <summary>
/// The Procedure's methodology (Appendix 10): S per indicator, Ip = Σ Mi × Si, Ie = Vf × Ip / Vp,
/// and the qualitative grade. Pure and deterministic: decimal arithmetic, no I/O.
/// </summary>
public static class ProcedureMethodology
{
    /// <param name="partOfProgram">
    /// A subprogram or an activity: it carries only some of the program's explicit weights, so their sum
    /// is not checked against 1 (they are renormalized over the element, as Ip = Σ wS / Σ w does anyway).
    /// </param>
    public static Evaluation Evaluate(ElementInput element, MethodologySettings settings, bool partOfProgram = false)
    {
        var issues = new List<ScoringIssue>();
        foreach (var error in settings.Validate())
            issues.Add(new ScoringIssue(IssueSeverity.Error, error));

        var scores = ScoreIndicators(element.Indicators, settings, issues, checkWeightSum: !partOfProgram);
        ValidateFunding(element, issues);

        if (issues.Exists(i => i.Severity == IssueSeverity.Error))
            return Result(element, settings, scores, issues, null, null, EfficiencyRule.Invalid);

        var ip = ResultIndex(scores, settings.WeightMode);
        if (ip is null)
        {
            issues.Add(new ScoringIssue(IssueSeverity.Warning, "Нет ни одного показателя, по которому можно рассчитать S."));
            return Result(element, settings, scores, issues, null, null, EfficiencyRule.NoIndicators);
        }

        AddWarnings(element, scores, settings, issues);
        var (ie, rule) = EfficiencyIndex(ip.Value, element.PlannedFunding, element.ActualFunding);
        if (rule == EfficiencyRule.SpentWithoutPlan)
            issues.Add(new ScoringIssue(IssueSeverity.Warning, $"Фактические расходы {RuFormat.Number(element.ActualFunding)} при нулевом плане: индекс эффективности не определен."));
        return Result(element, settings, scores, issues, ip, ie, rule);
    }

    private static IndicatorScore[] ScoreIndicators(IReadOnlyList<IndicatorInput> inputs, MethodologySettings settings, List<ScoringIssue> issues,
        bool checkWeightSum)
    {
        var scores = new IndicatorScore[inputs.Count];
        var equalWeight = inputs.Count == 0 ? 0m : 1m / inputs.Count;
        for (var k = 0; k < inputs.Count; k++)
        {
            var input = inputs[k];
            ValidateIndicator(input, settings.WeightMode, issues);
            var (raw, rule) = AchievementRatio.Compute(input, settings.ZeroDenominator);
            var s = raw is { } r && settings.AchievementCap is { } cap && r > cap ? cap : raw;
            scores[k] = new IndicatorScore
            {
                Input = input, Rule = rule, RawS = raw, S = s,
                StatedWeight = settings.WeightMode == WeightMode.Equal ? equalWeight : input.Weight,
                Deviation = IndicatorDeviation.Of(input),
            };
        }
        if (settings.WeightMode == WeightMode.Explicit && inputs.Count > 0 && checkWeightSum)
            ValidateWeightSum(inputs, settings.WeightSumTolerance, issues);
        return scores;
    }

    private static void ValidateIndicator(IndicatorInput i, WeightMode mode, List<ScoringIssue> issues)
    {
        if (i.Direction is null)
            issues.Add(new ScoringIssue(IssueSeverity.Error, $"У показателя «{i.Name}» не задана направленность (на увеличение или на снижение).", i.Code));
        if (i.TargetKind == TargetKind.Range && i.PlannedUpper is { } upper && i.Planned is { } lower && upper < lower)
            issues.Add(new ScoringIssue(IssueSeverity.Error, $"У показателя «{i.Name}» верхняя граница диапазона {RuFormat.Number(upper)} меньше нижней {RuFormat.Number(lower)}.", i.Code));
        if (mode != WeightMode.Explicit) return;
        if (i.Weight is not { } w)
            issues.Add(new ScoringIssue(IssueSeverity.Error, $"У показателя «{i.Name}» не задан вес.", i.Code));
        else if (w < 0 || w > 1)
            issues.Add(new ScoringIssue(IssueSeverity.Error, $"Вес показателя «{i.Name}» равен {RuFormat.Number(w)}, а должен быть от 0 до 1.", i.Code));
    }

    private static void ValidateWeightSum(IReadOnlyList<IndicatorInput> inputs, decimal tolerance, List<ScoringIssue> issues)
    {
        var sum = 0m;
        foreach (var i in inputs) sum += i.Weight ?? 0m;
        if (Math.Abs(sum - 1m) > tolerance)
            issues.Add(new ScoringIssue(IssueSeverity.Error, $"Сумма весов показателей равна {RuFormat.Number(sum)}, а должна быть равна 1."));
    }

    private static void ValidateFunding(ElementInput e, List<ScoringIssue> issues)
    {
        if (e.PlannedFunding < 0 || e.ActualFunding < 0)
            issues.Add(new ScoringIssue(IssueSeverity.Error, $"Объем финансирования не может быть отрицательным (план {RuFormat.Number(e.PlannedFunding)}, факт {RuFormat.Number(e.ActualFunding)})."));
    }

    /// <summary>
    /// Ip with the weights of excluded indicators spread over the included ones in proportion
    /// (Appendix 9, note 2). Computed as Σ wS / Σ w so equal weights of 1/37 lose no precision.
    /// Sets each score's applied weight Mi.
    /// </summary>
    private static decimal? ResultIndex(IndicatorScore[] scores, WeightMode mode)
    {
        decimal weighted = 0m, weightSum = 0m;
        foreach (var score in scores)
        {
            if (!score.Included) continue;
            var w = mode == WeightMode.Equal ? 1m : score.StatedWeight ?? 0m;
            weighted += w * score.S!.Value;
            weightSum += w;
        }
        if (weightSum == 0m) return null;
        foreach (var score in scores)
            score.Weight = score.Included ? (mode == WeightMode.Equal ? 1m : score.StatedWeight ?? 0m) / weightSum : 0m;
        return weighted / weightSum;
    }

    private static (decimal? Ie, EfficiencyRule Rule) EfficiencyIndex(decimal ip, decimal vp, decimal vf)
    {
        if (vp > 0) return (vf * ip / vp, EfficiencyRule.Formula);
        return vf == 0 ? (ip, EfficiencyRule.NoFunding) : (null, EfficiencyRule.SpentWithoutPlan);
    }

    public static EfficiencyGrade GradeOf(decimal? ie, MethodologySettings settings) => ie switch
    {
        null => EfficiencyGrade.NotAssessable,
        var v when v > settings.HighUpper => EfficiencyGrade.AboveRange,
        var v when v >= settings.HighLower => EfficiencyGrade.High,
        var v when v >= settings.PlannedLower => EfficiencyGrade.Planned,
        _ => EfficiencyGrade.Low,
    };

    private static void AddWarnings(ElementInput e, IndicatorScore[] scores, MethodologySettings settings, List<ScoringIssue> issues)
    {
        foreach (var score in scores)
        {
            var i = score.Input;
            if (score.Deviation.MissingReason)
                issues.Add(new ScoringIssue(IssueSeverity.Warning, $"План по показателю «{i.Name}» не выполнен, а обоснование отклонения не указано (п. 4.8 Порядка).", i.Code));
            if (score.RawS > settings.SuspiciousAchievement)
                issues.Add(new ScoringIssue(IssueSeverity.Warning, $"Показатель «{i.Name}» выполнен на {RuFormat.Number(Math.Round(score.RawS!.Value * 100m, 1))} % плана: проверьте, верно ли задан план.", i.Code));
        }
        if (e.ActualFunding > e.PlannedFunding && e.PlannedFunding > 0)
            issues.Add(new ScoringIssue(IssueSeverity.Warning, $"Фактическое финансирование {RuFormat.Number(e.ActualFunding)} превышает плановое {RuFormat.Number(e.PlannedFunding)}."));
    }

    private static Evaluation Result(ElementInput e, MethodologySettings settings, IndicatorScore[] scores, List<ScoringIssue> issues,
        decimal? ip, decimal? ie, EfficiencyRule rule) => new()
    {
        ElementName = e.Name, Settings = settings, Indicators = scores, Issues = issues,
        ResultIndex = ip, PlannedFunding = e.PlannedFunding, ActualFunding = e.ActualFunding,
        EfficiencyIndex = ie, EfficiencyRule = rule, Grade = GradeOf(ie, settings),
    };
}
