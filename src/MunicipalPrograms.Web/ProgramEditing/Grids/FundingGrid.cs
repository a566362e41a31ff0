using System.Globalization;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Grids;

/// <summary>The funding grid as posted: the typed text of each cell by its name ("key_Source_year").</summary>
public sealed class FundingGridForm
{
    public uint DraftVersion { get; set; }
    public bool AllSources { get; set; }
    public Dictionary<string, string?> Cells { get; set; } = [];

    public static string CellKey(int activityKey, FundingSource source, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{activityKey}_{source}_{year}");

    public static FundingGridForm From(ProgramPlan plan, uint version, bool allSources) => new()
    {
        DraftVersion = version, AllSources = allSources,
        Cells = plan.Funding.Where(IsGridLine).ToDictionary(f => CellKey(f.ActivityKey, f.Source, f.Year), f => (string?)RuInput.ShowMoney(f.Planned)),
    };

    /// <summary>The grid holds the yearly lines without an executor: the plan of Appendix 2.</summary>
    public static bool IsGridLine(PlanFunding f) => f.Period == PeriodKind.Year && f.ExecutorId is null;
}

/// <summary>One activity of the grid in tree order: a main activity with children gets computed subtotals instead of inputs.</summary>
public sealed record FundingActivityRow(PlanActivity Activity, int Depth, IReadOnlyList<int> Covered, bool HasChildren);

/// <summary>
/// The funding grid's layout and computed totals. Totals are sums of the typed cells (a wrong cell counts as empty),
/// over a set of activities, a source or all, a year or all: the script recomputes the same sums as the user types.
/// </summary>
public sealed class FundingGrid
{
    public required IReadOnlyList<FundingActivityRow> Rows { get; init; }
    public required IReadOnlyList<FundingSource> Sources { get; init; }
    public required IReadOnlyList<int> Years { get; init; }
    public required BudgetNames BudgetNames { get; init; }
    public required FundingGridForm Form { get; init; }

    public static FundingGrid Build(ProgramPlan plan, IReadOnlyList<int> years, BudgetNames names, FundingGridForm form) => new()
    {
        Rows = TreeOrder(plan.Activities), Years = years, BudgetNames = names, Form = form,
        Sources = form.AllSources ? Enum.GetValues<FundingSource>()
            : Enum.GetValues<FundingSource>().Where(s => s == FundingSource.Local || form.Cells.Any(c => c.Key.Contains($"_{s}_", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(c.Value))).ToList(),
    };

    public string? Text(int activity, FundingSource source, int year) => Form.Cells.GetValueOrDefault(FundingGridForm.CellKey(activity, source, year));

    public decimal Sum(IEnumerable<int>? activities, FundingSource? source, int? year)
    {
        var set = activities?.ToHashSet();
        return Rows.Where(r => !r.HasChildren && (set is null || set.Contains(r.Activity.Key)))
            .SelectMany(r => Sources.Where(s => source is null || s == source).SelectMany(s => Years.Where(y => year is null || y == year)
                .Select(y => RuInput.Money(Text(r.Activity.Key, s, y)).Value ?? 0m)))
            .Sum();
    }

    /// <summary>Roots in document order, each followed by its children (depth first).</summary>
    public static IReadOnlyList<FundingActivityRow> TreeOrder(IReadOnlyList<PlanActivity> activities)
    {
        var keys = activities.Select(a => a.Key).ToHashSet();
        var children = activities.Where(a => a.ParentKey is { } p && keys.Contains(p)).ToLookup(a => a.ParentKey!.Value);
        var rows = new List<FundingActivityRow>();
        List<int> Visit(PlanActivity a, int depth)
        {
            var row = rows.Count;
            rows.Add(null!);
            var covered = new List<int> { a.Key };
            foreach (var child in children[a.Key]) covered.AddRange(Visit(child, depth + 1));
            rows[row] = new FundingActivityRow(a, depth, covered, children[a.Key].Any());
            return covered;
        }
        foreach (var root in activities.Where(a => a.ParentKey is not { } p || !keys.Contains(p))) Visit(root, 0);
        return rows;
    }
}

/// <summary>Reads the posted funding cells into the plan's funding lines; any wrong cell leaves the plan untouched.</summary>
public static class FundingGridReader
{
    public static List<KeyValuePair<string, string>> Apply(ProgramPlan plan, FundingGridForm form, IReadOnlyList<int> years)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var editable = FundingGrid.TreeOrder(plan.Activities).Where(r => !r.HasChildren).Select(r => r.Activity.Key).ToHashSet();
        var lines = new List<(int Activity, FundingSource Source, int Year, decimal? Value)>();
        foreach (var (name, text) in form.Cells)
        {
            var field = $"Cells[{name}]";
            if (!TryKey(name, out var activity, out var source, out var year) || !editable.Contains(activity))
            {
                errors.Add(new(field, "Такой строки нет в плане финансирования."));
                continue;
            }
            if (!years.Contains(year))
            {
                errors.Add(new(field, GridMessages.YearOutside(year, years, "финансирование")));
                continue;
            }
            var money = RuInput.Money(text);
            if (!money.Ok) errors.Add(new(field, money.Error!));
            else lines.Add((activity, source, year, money.Value));
        }
        if (errors.Count > 0) return errors;
        foreach (var (activity, source, year, value) in lines)
        {
            plan.Funding.RemoveAll(f => FundingGridForm.IsGridLine(f) && f.ActivityKey == activity && f.Source == source && f.Year == year);
            if (value is { } v) plan.Funding.Add(new PlanFunding { ActivityKey = activity, Year = year, Source = source, Planned = v });
        }
        plan.Funding = [.. plan.Funding.OrderBy(f => f.ActivityKey).ThenBy(f => f.Year).ThenBy(f => f.Period).ThenBy(f => f.Source).ThenBy(f => f.ExecutorId)];
        return errors;
    }

    private static bool TryKey(string name, out int activity, out FundingSource source, out int year)
    {
        var parts = name.Split('_');
        (activity, source, year) = (0, default, 0);
        return parts.Length == 3 && int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out activity)
            && Enum.TryParse(parts[1], out source) && Enum.IsDefined(source) && !int.TryParse(parts[1], out _)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }
}
