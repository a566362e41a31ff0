namespace MunicipalPrograms.Domain.Indicators;

/// <summary>Базовый показатель used in an indicator's formula (Appendix 6 table).</summary>
public class BaseMeasure
{
    /// <summary>Методы сбора информации 1–8 as Appendix 6 numbers them.</summary>
    public static readonly IReadOnlyDictionary<int, string> CollectionMethods = new Dictionary<int, string>
    {
        [1] = "периодическая отчетность",
        [2] = "перепись",
        [3] = "единовременное обследование (учет)",
        [4] = "бухгалтерская отчетность",
        [5] = "финансовая отчетность",
        [6] = "социологический опрос",
        [7] = "административная информация",
        [8] = "прочие",
    };

    /// <summary>Охват единиц совокупности: 1 сплошное, 2 выборочное наблюдение.</summary>
    public static readonly IReadOnlyDictionary<int, string> Coverages = new Dictionary<int, string>
    {
        [1] = "сплошное наблюдение",
        [2] = "выборочное наблюдение",
    };

    public int Id { get; set; }
    public int PassportId { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Symbol { get; set; } = "";
    public string? Source { get; set; }
    public int CollectionMethod { get; set; } = 1;
    public string? ObservationUnit { get; set; }
    public int Coverage { get; set; } = 1;
    public string? Periodicity { get; set; }
}
