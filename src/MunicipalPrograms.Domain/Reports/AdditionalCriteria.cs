namespace MunicipalPrograms.Domain.Reports;

/// <summary>
/// Дополнительная информация, Appendix 9 section 2. What can be computed from other data
/// (timely execution, investment share, co-funding) is computed, not typed; this holds the rest.
/// </summary>
public class AdditionalCriteria
{
    public List<TargetGroup> TargetGroups { get; set; } = [];
    /// <summary>Наличие межведомственной рабочей группы.</summary>
    public bool? HasWorkingGroup { get; set; }
    public bool? HasBudgetEffect { get; set; }
    public bool? HasSocialEffect { get; set; }
    public string? EffectDescription { get; set; }
}

/// <summary>A target group: covered by the program's activities out of its total size.</summary>
public class TargetGroup
{
    public string Name { get; set; } = "";
    public decimal Covered { get; set; }
    public decimal Total { get; set; }
}
