using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Programs;

/// <summary>
/// A non-financial row of Appendix 7 (material, labour, other resources) for one year.
/// The financial rows of that form are computed from the funding lines, never typed.
/// </summary>
public class ResourceNeed
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public ResourceKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public int Year { get; set; }
    public decimal Amount { get; set; }
}
