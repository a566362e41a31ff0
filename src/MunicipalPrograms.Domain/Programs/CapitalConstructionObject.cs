namespace MunicipalPrograms.Domain.Programs;

/// <summary>Объект капитального строительства (Appendix 3). Money in the municipality's unit.</summary>
public class CapitalConstructionObject
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int? ActivityId { get; set; }
    public string NameAndLocation { get; set; } = "";
    public string? Capacity { get; set; }
    public int? ConstructionStartYear { get; set; }
    public int? ConstructionEndYear { get; set; }
    public bool HasApprovedDesign { get; set; }
    public string? Ownership { get; set; }
    public decimal? EstimatedCostDesignPrices { get; set; }
    public decimal? EstimatedCostBasePrices { get; set; }
    public decimal? RemainingDesignPrices { get; set; }
    public decimal? RemainingBasePrices { get; set; }
}
