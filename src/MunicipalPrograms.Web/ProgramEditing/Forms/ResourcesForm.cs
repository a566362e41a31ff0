using System.Globalization;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// Общая потребность в ресурсах (Appendix 7), its non-financial rows: a resource (group, name, unit) per row with its
/// amount for every year of the program; one empty row adds a resource. The financial rows are the funding plan's
/// totals by source (<see cref="DraftPage"/> shows them), never typed.
/// </summary>
public sealed class ResourcesForm
{
    public uint Version { get; set; }
    public List<ResourceRow> Rows { get; set; } = [];

    public static ResourcesForm From(ProgramPlan plan, uint version) => new()
    {
        Version = version,
        Rows = [.. plan.ResourceNeeds.Select(n => new ResourceRow
        {
            Kind = n.Kind, Name = n.Name, Unit = n.Unit,
            Amounts = n.Amounts.ToDictionary(a => a.Year, a => (string?)RuInput.Show(a.Amount)),
        }), new ResourceRow()],
    };

    /// <summary>The years of the grid: the program's period and any year a row already has.</summary>
    public static IReadOnlyList<int> Years(ProgramPlan plan, ResourcesForm form)
    {
        var p = plan.Passport;
        var period = p.StartYear > 0 ? Enumerable.Range(p.StartYear, Math.Max(1, (p.EndYear ?? p.StartYear) - p.StartYear + 1)) : [];
        return period.Union(form.Rows.SelectMany(r => r.Amounts.Keys)).Order().ToList();
    }

    public bool ApplyTo(ProgramPlan plan, FormErrors errors)
    {
        var result = new List<PlanResourceNeed>();
        var seen = new HashSet<(ResourceKind, string, string)>();
        for (var k = 0; k < Rows.Count; k++)
        {
            var (row, p) = (Rows[k], $"Rows[{k}].");
            if (row.IsBlank || row.Remove) continue;
            if (row.Kind is not (ResourceKind.Material or ResourceKind.Labor or ResourceKind.Other))
                errors.Add(p + "Kind", "Выберите вид ресурсов: материально-технические, трудовые или прочие. Финансовые ресурсы берутся из плана финансирования.");
            var need = new PlanResourceNeed
            {
                Kind = row.Kind,
                Name = errors.Text(row.Name, FieldLimits.ShortText, p + "Name", "Укажите наименование ресурса.") ?? "",
                Unit = errors.Text(row.Unit, FieldLimits.ItemCode * 5, p + "Unit", "Укажите единицу измерения.") ?? "",
            };
            foreach (var (year, text) in row.Amounts.OrderBy(a => a.Key))
            {
                var parsed = RuInput.Number(text, allowNegative: false);
                if (parsed.Error is { } e) errors.Add($"{p}Amounts[{year.ToString(CultureInfo.InvariantCulture)}]", e);
                else if (parsed.Value is { } amount) need.Amounts.Add(new PlanYearAmount { Year = year, Amount = amount });
            }
            if (need.Name.Length > 0 && need.Unit.Length > 0 && !seen.Add(need.Identity))
                errors.Add(p + "Name", $"Ресурс «{need.Name}» ({need.Unit}) уже есть в этой группе: укажите его количество в одной строке.");
            result.Add(need);
        }
        if (errors.Any) return false;
        plan.ResourceNeeds = result;
        return true;
    }
}

public sealed class ResourceRow
{
    public ResourceKind Kind { get; set; } = ResourceKind.Material;
    public bool Remove { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public Dictionary<int, string?> Amounts { get; set; } = [];

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && Amounts.Values.All(string.IsNullOrWhiteSpace);
}
