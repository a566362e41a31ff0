namespace MunicipalPrograms.Domain.Indicators;

/// <summary>Паспорт показателя (Appendix 6).</summary>
public class IndicatorPassport
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public string? Number { get; set; }
    /// <summary>Ф.И.О., должность, телефон, e-mail of whoever forms the indicator.</summary>
    public string? ResponsiblePerson { get; set; }
    public string? FormationProcedure { get; set; }
    public string? MonitoringDescription { get; set; }
    public List<BaseMeasure> BaseMeasures { get; set; } = [];
}
