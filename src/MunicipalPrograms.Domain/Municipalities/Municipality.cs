using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Municipalities;

/// <summary>Муниципальное образование: the owner of programs and of their settings.</summary>
public class Municipality
{
    public const int CodeMaxLength = 50;

    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Region { get; set; }
    public MoneyUnit MoneyUnit { get; set; } = MoneyUnit.Rubles;
    public BudgetNames BudgetNames { get; set; } = new();
    /// <summary>This municipality's reading of the evaluation methodology.</summary>
    public MethodologySettings Methodology { get; set; } = new();
    public List<Department> Departments { get; set; } = [];
}
