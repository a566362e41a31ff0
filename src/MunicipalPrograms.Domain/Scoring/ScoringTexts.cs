using MunicipalPrograms.Domain.Common;
namespace MunicipalPrograms.Domain.Scoring;

/// <summary>
/// The "why" next to every number, in Russian. Built on demand only: the evaluation itself stays
/// allocation-light for the consolidated run over all programs.
/// </summary>
public static class ScoringTexts
{
    public static string Caption(EfficiencyGrade grade) => grade switch
    {
        EfficiencyGrade.High => "высокий уровень эффективности",
        EfficiencyGrade.Planned => "запланированный уровень эффективности",
        EfficiencyGrade.Low => "низкий уровень эффективности",
        EfficiencyGrade.AboveRange => "выше диапазонов методики",
        _ => "оценка невозможна",
    };

    public static string Explain(IndicatorScore score)
    {
        var i = score.Input;
        string rf = RuFormat.Number(i.Actual), rp = RuFormat.Number(i.Planned), s = RuFormat.Index(score.RawS);
        var text = score.Rule switch
        {
            AchievementRule.IncreaseRatio => $"на увеличение: S = Rf / Rp = {rf} / {rp} = {s}",
            AchievementRule.DecreaseRatio => $"на снижение: S = Rp / Rf = {rp} / {rf} = {s}",
            AchievementRule.YesNo => $"да/нет: факт {YesNo(i.Actual)} при плане {YesNo(i.Planned)}, S = {s}",
            AchievementRule.TargetMet => $"целевое значение достигнуто (факт {rf}), S = 1",
            AchievementRule.AtMostMissed => $"«не более {rp}» не выполнено: S = {rp} / {rf} = {s}",
            AchievementRule.AtLeastMissed => $"«не менее {rp}» не выполнено: S = {rf} / {rp} = {s}",
            AchievementRule.BelowRange => $"ниже диапазона {rp} – {RuFormat.Number(i.PlannedUpper)}: S = {rf} / {rp} = {s}",
            AchievementRule.AboveRange => $"выше диапазона {rp} – {RuFormat.Number(i.PlannedUpper)}: S = {RuFormat.Number(i.PlannedUpper)} / {rf} = {s}",
            AchievementRule.ZeroDenominatorMet => $"деление на ноль (план {rp}, факт {rf}); цель достигнута, S = 1",
            AchievementRule.ZeroDenominatorMissed => $"деление на ноль (план {rp}, факт {rf}); цель не достигнута, S = 0",
            AchievementRule.ExcludedNotMeasured => "не измерялся в отчетном периоде: исключен, его вес распределен между остальными",
            AchievementRule.ExcludedNoPlan => "нет планового значения: исключен, его вес распределен между остальными",
            AchievementRule.ExcludedNoActual => "нет фактического значения: исключен, его вес распределен между остальными",
            AchievementRule.ExcludedNegative => "отрицательное значение: отношение не имеет смысла, показатель исключен",
            AchievementRule.ExcludedZeroDenominator => $"деление на ноль (план {rp}, факт {rf}): исключен по настройке методики",
            AchievementRule.ExcludedNoDirection => "не задана направленность: исключен",
            _ => score.Rule.ToString(),
        };
        if (score.Capped) text += $"; ограничено до {RuFormat.Index(score.S)}";
        if (score.Included) text += $"; вес {RuFormat.Number(Math.Round(score.Weight, 6))}";
        return text;
    }

    private static string YesNo(decimal? v) => v switch { 1m => "да", 0m => "нет", _ => RuFormat.Number(v) };

    public static string ExplainResultIndex(Evaluation e)
    {
        if (e.ResultIndex is not { } ip) return "Индекс результативности не рассчитан: " + FirstProblem(e);
        var excluded = e.Indicators.Count - e.IncludedCount;
        var weights = e.Settings.WeightMode == Common.WeightMode.Equal
            ? $"веса равные, Mi = 1 / {e.IncludedCount}"
            : "веса заданы в отчете" + (excluded > 0 ? " и пересчитаны пропорционально на учтенные показатели" : "");
        var text = $"Ip = Σ Mi × Si = {RuFormat.Index(ip)}: учтено показателей {e.IncludedCount} из {e.Indicators.Count}, {weights}.";
        if (excluded > 0) text += $" Исключено: {excluded} (причины — в таблице показателей).";
        return text;
    }

    public static string ExplainEfficiencyIndex(Evaluation e) => e.EfficiencyRule switch
    {
        EfficiencyRule.Formula =>
            $"Iэ = Vf × Ip / Vp = {RuFormat.Number(e.ActualFunding)} × {RuFormat.Index(e.ResultIndex!.Value)} / {RuFormat.Number(e.PlannedFunding)} = {RuFormat.Index(e.EfficiencyIndex!.Value)}",
        EfficiencyRule.NoFunding => $"Финансирование не планировалось и не осуществлялось: Iэ = Ip = {RuFormat.Index(e.EfficiencyIndex!.Value)}",
        EfficiencyRule.SpentWithoutPlan => $"Расходы {RuFormat.Number(e.ActualFunding)} при нулевом плане: Iэ не определен",
        _ => "Индекс эффективности не рассчитан: " + FirstProblem(e),
    };

    public static string ExplainGrade(Evaluation e)
    {
        var s = e.Settings;
        return e.Grade switch
        {
            EfficiencyGrade.High => $"{RuFormat.Number(s.HighLower)} ≤ Iэ ≤ {RuFormat.Number(s.HighUpper)}: {Caption(e.Grade)}",
            EfficiencyGrade.Planned => $"{RuFormat.Number(s.PlannedLower)} ≤ Iэ < {RuFormat.Number(s.HighLower)}: {Caption(e.Grade)}",
            EfficiencyGrade.Low => $"Iэ < {RuFormat.Number(s.PlannedLower)}: {Caption(e.Grade)}",
            EfficiencyGrade.AboveRange => $"Iэ > {RuFormat.Number(s.HighUpper)}: {Caption(e.Grade)} — " + AboveRangeCause(e),
            _ => Caption(e.Grade),
        };
    }

    private static string AboveRangeCause(Evaluation e)
    {
        var causes = new List<string>();
        if (e.ResultIndex > 1) causes.Add($"плановые значения показателей перевыполнены (Ip = {RuFormat.Index(e.ResultIndex!.Value)})");
        if (e.ActualFunding > e.PlannedFunding) causes.Add($"фактические расходы выше плановых ({RuFormat.Number(e.ActualFunding)} > {RuFormat.Number(e.PlannedFunding)})");
        return causes.Count == 0 ? "проверьте данные отчета" : string.Join("; ", causes);
    }

    /// <summary>The first problem, as the continuation of «… не рассчитан: » (lower-case start, the problem said once).</summary>
    private static string FirstProblem(Evaluation e)
    {
        var message = e.Issues.FirstOrDefault(i => i.Severity == IssueSeverity.Error)?.Message
            ?? e.Issues.FirstOrDefault()?.Message ?? "нет данных";
        return message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
    }
}
