namespace MunicipalPrograms.Domain.Scoring;

/// <summary>Качественная оценка по индексу эффективности (Procedure, Appendix 10).</summary>
public enum EfficiencyGrade
{
    /// <summary>Высокий уровень эффективности: HighLower ≤ Ie ≤ HighUpper.</summary>
    High,
    /// <summary>Запланированный уровень эффективности: PlannedLower ≤ Ie &lt; HighLower.</summary>
    Planned,
    /// <summary>Низкий уровень эффективности: Ie &lt; PlannedLower.</summary>
    Low,
    /// <summary>Ie above HighUpper: the text leaves it uncovered, so it is shown as its own outcome.</summary>
    AboveRange,
    /// <summary>Ie cannot be computed (no indicators, spending without a plan, invalid data).</summary>
    NotAssessable,
}
