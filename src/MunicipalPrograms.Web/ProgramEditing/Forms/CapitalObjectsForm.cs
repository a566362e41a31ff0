using System.Globalization;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// Перечень объектов капитального строительства (Appendix 3) as one form: a card per object, one empty card (key 0)
/// adds an object, «Удалить» drops one. Money is typed the Russian way in the municipality's unit.
/// </summary>
public sealed class CapitalObjectsForm
{
    public uint Version { get; set; }
    public List<CapitalObjectRow> Rows { get; set; } = [];

    public static CapitalObjectsForm From(ProgramPlan plan, uint version) => new()
    {
        Version = version,
        Rows = [.. plan.CapitalObjects.Select(c => new CapitalObjectRow
        {
            Key = c.Key, ActivityKey = c.ActivityKey, NameAndLocation = c.NameAndLocation, Capacity = c.Capacity,
            StartYear = Year(c.ConstructionStartYear), EndYear = Year(c.ConstructionEndYear), HasApprovedDesign = c.HasApprovedDesign,
            Ownership = c.Ownership, CostDesignPrices = RuInput.ShowMoney(c.EstimatedCostDesignPrices),
            CostBasePrices = RuInput.ShowMoney(c.EstimatedCostBasePrices), RemainingDesignPrices = RuInput.ShowMoney(c.RemainingDesignPrices),
            RemainingBasePrices = RuInput.ShowMoney(c.RemainingBasePrices),
        }), new CapitalObjectRow()],
    };

    /// <summary>Replaces the plan's objects with the form's; false with messages next to the fields when any is wrong.</summary>
    public bool ApplyTo(ProgramPlan plan, FormErrors errors)
    {
        var existing = plan.CapitalObjects.Select(c => c.Key).ToHashSet();
        var activities = plan.Activities.Select(a => a.Key).ToHashSet();
        var result = new List<PlanCapitalObject>();
        for (var k = 0; k < Rows.Count; k++)
        {
            var (row, p) = (Rows[k], $"Rows[{k}].");
            if ((row.Key == 0 && row.IsBlank) || row.Remove) continue;
            if (row.Key != 0 && !existing.Contains(row.Key)) { errors.Add("", "Перечень объектов изменился: откройте страницу заново."); continue; }
            var c = new PlanCapitalObject
            {
                Key = row.Key,
                NameAndLocation = errors.Text(row.NameAndLocation, FieldLimits.ItemName, p + "NameAndLocation", "Укажите наименование и местонахождение объекта.") ?? "",
                Capacity = errors.Text(row.Capacity, FieldLimits.ShortText, p + "Capacity"),
                ConstructionStartYear = errors.Year(row.StartYear, p + "StartYear"),
                ConstructionEndYear = errors.Year(row.EndYear, p + "EndYear"),
                HasApprovedDesign = row.HasApprovedDesign,
                Ownership = errors.Text(row.Ownership, FieldLimits.ShortText, p + "Ownership"),
                EstimatedCostDesignPrices = Money(errors, row.CostDesignPrices, p + "CostDesignPrices"),
                EstimatedCostBasePrices = Money(errors, row.CostBasePrices, p + "CostBasePrices"),
                RemainingDesignPrices = Money(errors, row.RemainingDesignPrices, p + "RemainingDesignPrices"),
                RemainingBasePrices = Money(errors, row.RemainingBasePrices, p + "RemainingBasePrices"),
            };
            if (row.ActivityKey is { } a && !activities.Contains(a)) errors.Add(p + "ActivityKey", "Выберите мероприятие из перечня мероприятий программы.");
            else c.ActivityKey = row.ActivityKey;
            if (c.ConstructionStartYear is { } start && c.ConstructionEndYear is { } end && end < start)
                errors.Add(p + "EndYear", "Год окончания строительства не может быть раньше года начала.");
            if (c.RemainingDesignPrices > c.EstimatedCostDesignPrices)
                errors.Add(p + "RemainingDesignPrices", "Остаток не может быть больше сметной стоимости в тех же ценах.");
            if (c.RemainingBasePrices > c.EstimatedCostBasePrices)
                errors.Add(p + "RemainingBasePrices", "Остаток не может быть больше сметной стоимости в тех же ценах.");
            result.Add(c);
        }
        if (errors.Any) return false;
        foreach (var c in result.Where(c => c.Key == 0)) c.Key = plan.NewKey();
        plan.CapitalObjects = result;
        return true;
    }

    private static decimal? Money(FormErrors errors, string? text, string field)
    {
        var parsed = RuInput.Money(text);
        if (parsed.Error is { } e) errors.Add(field, e);
        return parsed.Value;
    }

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);
}

public sealed class CapitalObjectRow
{
    public int Key { get; set; }
    public bool Remove { get; set; }
    public int? ActivityKey { get; set; }
    public string? NameAndLocation { get; set; }
    public string? Capacity { get; set; }
    public string? StartYear { get; set; }
    public string? EndYear { get; set; }
    public bool HasApprovedDesign { get; set; }
    public string? Ownership { get; set; }
    public string? CostDesignPrices { get; set; }
    public string? CostBasePrices { get; set; }
    public string? RemainingDesignPrices { get; set; }
    public string? RemainingBasePrices { get; set; }

    public bool IsBlank => ActivityKey is null && !HasApprovedDesign && new[]
    {
        NameAndLocation, Capacity, StartYear, EndYear, Ownership, CostDesignPrices, CostBasePrices, RemainingDesignPrices, RemainingBasePrices,
    }.All(string.IsNullOrWhiteSpace);
}
