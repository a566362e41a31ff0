using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// Паспорт показателя (Appendix 6) of one indicator: who forms it and how, the monitoring, and the table of base
/// measures (one empty row adds one). An indicator gets a passport when anything of it is filled in; «Удалить паспорт»
/// (<see cref="RemovePassport"/>) or clearing every field removes it.
/// </summary>
public sealed class IndicatorPassportForm
{
    public uint Version { get; set; }
    public int Key { get; set; }
    public bool RemovePassport { get; set; }
    public string? Number { get; set; }
    public string? ResponsiblePerson { get; set; }
    public string? FormationProcedure { get; set; }
    public string? MonitoringDescription { get; set; }
    public List<BaseMeasureRow> Measures { get; set; } = [];

    public static IndicatorPassportForm From(PlanIndicator indicator, uint version)
    {
        var p = indicator.Passport;
        return new()
        {
            Version = version, Key = indicator.Key, Number = p?.Number, ResponsiblePerson = p?.ResponsiblePerson,
            FormationProcedure = p?.FormationProcedure, MonitoringDescription = p?.MonitoringDescription,
            Measures = [.. (p?.BaseMeasures ?? []).Select(m => new BaseMeasureRow
            {
                Name = m.Name, Unit = m.Unit, Symbol = m.Symbol, Source = m.Source, CollectionMethod = m.CollectionMethod,
                ObservationUnit = m.ObservationUnit, Coverage = m.Coverage, Periodicity = m.Periodicity,
            }), new BaseMeasureRow()],
        };
    }

    public bool ApplyTo(ProgramPlan plan, FormErrors errors)
    {
        if (plan.Indicators.FirstOrDefault(i => i.Key == Key) is not { } indicator)
        {
            errors.Add("", "Показатель исключен из проекта: откройте перечень паспортов заново.");
            return false;
        }
        if (RemovePassport)
        {
            indicator.Passport = null;
            return true;
        }
        var passport = new PlanIndicatorPassport
        {
            Number = errors.Text(Number, FieldLimits.ItemCode, nameof(Number)),
            ResponsiblePerson = errors.Text(ResponsiblePerson, FieldLimits.ShortText, nameof(ResponsiblePerson)),
            FormationProcedure = errors.Text(FormationProcedure, FieldLimits.LongText, nameof(FormationProcedure)),
            MonitoringDescription = errors.Text(MonitoringDescription, FieldLimits.LongText, nameof(MonitoringDescription)),
        };
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < Measures.Count; k++)
        {
            var (m, p) = (Measures[k], $"Measures[{k}].");
            if (m.IsBlank || m.Remove) continue;
            var measure = new PlanBaseMeasure
            {
                Name = errors.Text(m.Name, FieldLimits.ShortText, p + "Name", "Укажите наименование базового показателя.") ?? "",
                Unit = errors.Text(m.Unit, FieldLimits.ItemCode * 5, p + "Unit", "Укажите единицу измерения.") ?? "",
                Symbol = errors.Text(m.Symbol, FieldLimits.ItemCode, p + "Symbol", "Укажите буквенное обозначение в формуле.") ?? "",
                Source = errors.Text(m.Source, FieldLimits.ShortText, p + "Source"),
                ObservationUnit = errors.Text(m.ObservationUnit, FieldLimits.ShortText, p + "ObservationUnit"),
                Periodicity = errors.Text(m.Periodicity, FieldLimits.ShortText, p + "Periodicity"),
                CollectionMethod = m.CollectionMethod, Coverage = m.Coverage,
            };
            if (!BaseMeasure.CollectionMethods.ContainsKey(m.CollectionMethod)) errors.Add(p + "CollectionMethod", "Выберите метод сбора информации из списка (1–8).");
            if (!BaseMeasure.Coverages.ContainsKey(m.Coverage)) errors.Add(p + "Coverage", "Выберите охват: сплошное или выборочное наблюдение.");
            if (measure.Symbol.Length > 0 && !symbols.Add(measure.Symbol))
                errors.Add(p + "Symbol", $"Обозначение {measure.Symbol} уже есть у другого базового показателя: в формуле обозначения не повторяются.");
            passport.BaseMeasures.Add(measure);
        }
        if (errors.Any) return false;
        var empty = passport is { Number: null, ResponsiblePerson: null, FormationProcedure: null, MonitoringDescription: null, BaseMeasures.Count: 0 };
        indicator.Passport = empty ? null : passport;
        return true;
    }
}

public sealed class BaseMeasureRow
{
    public bool Remove { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? Symbol { get; set; }
    public string? Source { get; set; }
    public int CollectionMethod { get; set; } = 1;
    public string? ObservationUnit { get; set; }
    public int Coverage { get; set; } = 1;
    public string? Periodicity { get; set; }

    public bool IsBlank => new[] { Name, Unit, Symbol, Source, ObservationUnit, Periodicity }.All(string.IsNullOrWhiteSpace);
}
