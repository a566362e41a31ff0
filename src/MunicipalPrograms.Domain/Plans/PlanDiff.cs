using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Plans;

/// <summary>Parts of a plan. The names are stored in audit entries («Indicator.name»): add, never rename.</summary>
public enum PlanArea { Passport, Subprogram, Goal, Objective, Indicator, PlannedValue, Activity, Funding, IndicatorPassport, CapitalObject, ResourceNeed }

public enum ChangeKind { Added, Removed, Changed }

/// <summary>
/// One difference between two plans. <see cref="Field"/> is a stable code (<see cref="PlanField"/>) and the values
/// are invariant (<see cref="AuditValue"/>), as in the audit log; the screens translate them.
/// </summary>
public sealed record PlanChange(PlanArea Area, ChangeKind Kind, int Key, string Item, string? Field, ReportingPeriod? Period, string? Before, string? After);

/// <summary>Planned funding of one year and source (or of the whole year, Source null) before and after.</summary>
public sealed record FundingTotalChange(int Year, FundingSource? Source, decimal Before, decimal After)
{
    public decimal Delta => After - Before;
}

/// <summary>
/// What changed from one plan to another (an amendment draft against the редакция in force, or any two редакции):
/// passport fields, items added, removed or changed (renamed, re-linked), planned values by period, funding
/// lines, and the change of the funding totals by year and source; indicator passports, capital construction objects
/// and resource needs when both plans recorded them (<see cref="ProgramPlan.HasAppendices"/>). Pure: fast enough for any two versions.
/// </summary>
public sealed class PlanDiff
{
    public required IReadOnlyList<PlanChange> Changes { get; init; }
    public required IReadOnlyList<FundingTotalChange> Totals { get; init; }
    public bool IsEmpty => Changes.Count == 0;

    public static PlanDiff Between(ProgramPlan before, ProgramPlan after)
    {
        var changes = new List<PlanChange>();
        Fields(changes, PlanArea.Passport, 0, "", PlanField.Of(before.Passport), PlanField.Of(after.Passport));
        Keyed(changes, PlanArea.Subprogram, before.Subprograms, after.Subprograms, s => s.Key, s => Label(s.Code, s.Name), PlanField.Of);
        Keyed(changes, PlanArea.Goal, before.Goals, after.Goals, g => g.Key, g => Label(g.Code, g.Name), PlanField.Of);
        Keyed(changes, PlanArea.Objective, before.Objectives.ToList(), after.Objectives.ToList(), o => o.Key, o => Label(o.Code, o.Name), PlanField.Of);
        Keyed(changes, PlanArea.Indicator, before.Indicators, after.Indicators, i => i.Key, i => Label(i.Code, i.Name), PlanField.Of);
        PlannedValues(changes, before.Indicators, after.Indicators);
        Keyed(changes, PlanArea.Activity, before.Activities, after.Activities, a => a.Key, a => Label(a.Code, a.Name), PlanField.Of);
        Funding(changes, before, after);
        if (before.HasAppendices && after.HasAppendices)
        {
            IndicatorPassports(changes, before.Indicators, after.Indicators);
            Keyed(changes, PlanArea.CapitalObject, before.CapitalObjects, after.CapitalObjects, c => c.Key, c => c.NameAndLocation, PlanField.Of);
            ResourceNeeds(changes, before.ResourceNeeds, after.ResourceNeeds);
        }
        return new PlanDiff { Changes = changes, Totals = FundingTotals(before.Funding, after.Funding) };
    }

    public static string Label(string code, string name) => AuditSubjects.NameOf(code, name);

    private static void Keyed<T>(List<PlanChange> changes, PlanArea area, IReadOnlyList<T> before, IReadOnlyList<T> after,
        Func<T, int> key, Func<T, string> label, Func<T, IReadOnlyList<(string Field, string? Value)>> fields)
    {
        var old = before.ToDictionary(key);
        var now = after.ToDictionary(key);
        foreach (var item in after)
            if (!old.TryGetValue(key(item), out var was)) changes.Add(new(area, ChangeKind.Added, key(item), label(item), null, null, null, null));
            else Fields(changes, area, key(item), label(item), fields(was), fields(item));
        foreach (var item in before.Where(b => !now.ContainsKey(key(b))))
            changes.Add(new(area, ChangeKind.Removed, key(item), label(item), null, null, null, null));
    }

    private static void Fields(List<PlanChange> changes, PlanArea area, int key, string item,
        IReadOnlyList<(string Field, string? Value)> before, IReadOnlyList<(string Field, string? Value)> after)
    {
        foreach (var ((field, was), (_, now)) in before.Zip(after))
            if (was != now) changes.Add(new(area, ChangeKind.Changed, key, item, field, null, was, now));
    }

    private static void PlannedValues(List<PlanChange> changes, List<PlanIndicator> before, List<PlanIndicator> after)
    {
        var old = before.ToDictionary(i => i.Key);
        foreach (var indicator in after)
        {
            var was = old.TryGetValue(indicator.Key, out var o) ? o.Plans : [];
            var periods = was.Select(p => p.ReportingPeriod).Union(indicator.Plans.Select(p => p.ReportingPeriod)).OrderBy(p => p.Year).ThenBy(p => p.Kind);
            foreach (var period in periods)
            {
                var (b, a) = (was.FirstOrDefault(p => p.ReportingPeriod == period), indicator.PlanFor(period));
                if ((b?.Planned, b?.PlannedUpper) == (a?.Planned, a?.PlannedUpper)) continue;
                var kind = b is null ? ChangeKind.Added : a is null ? ChangeKind.Removed : ChangeKind.Changed;
                changes.Add(new(PlanArea.PlannedValue, kind, indicator.Key, Label(indicator.Code, indicator.Name), PlanField.Planned, period,
                    PlanField.PlanText(b), PlanField.PlanText(a)));
            }
        }
    }

    /// <summary>A passport added, removed or changed field by field, for the indicators both plans have or the new ones.</summary>
    private static void IndicatorPassports(List<PlanChange> changes, List<PlanIndicator> before, List<PlanIndicator> after)
    {
        var old = before.ToDictionary(i => i.Key);
        foreach (var indicator in after)
        {
            var was = old.GetValueOrDefault(indicator.Key)?.Passport;
            var (key, label) = (indicator.Key, Label(indicator.Code, indicator.Name));
            if (was is null && indicator.Passport is null) continue;
            if (was is null) changes.Add(new(PlanArea.IndicatorPassport, ChangeKind.Added, key, label, null, null, null, null));
            else if (indicator.Passport is null) changes.Add(new(PlanArea.IndicatorPassport, ChangeKind.Removed, key, label, null, null, null, null));
            else Fields(changes, PlanArea.IndicatorPassport, key, label, PlanField.Of(was), PlanField.Of(indicator.Passport));
        }
    }

    /// <summary>Amounts by resource (kind, name, unit) and year: a renamed resource reads as one removed and one added.</summary>
    private static void ResourceNeeds(List<PlanChange> changes, List<PlanResourceNeed> before, List<PlanResourceNeed> after)
    {
        static Dictionary<((ResourceKind, string, string), int), decimal> Amounts(List<PlanResourceNeed> needs) =>
            needs.SelectMany(n => n.Amounts.Select(a => (Id: (n.Identity, a.Year), a.Amount)))
                .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount));
        var (old, now) = (Amounts(before), Amounts(after));
        var order = before.Concat(after).Select(n => n.Identity).Distinct().ToList();
        foreach (var id in old.Keys.Union(now.Keys).OrderBy(i => order.IndexOf(i.Item1)).ThenBy(i => i.Item2))
        {
            var (had, has) = (old.TryGetValue(id, out var b), now.TryGetValue(id, out var a));
            if (had && has && a == b) continue;
            var kind = !had ? ChangeKind.Added : !has ? ChangeKind.Removed : ChangeKind.Changed;
            var ((resource, name, unit), year) = id;
            changes.Add(new(PlanArea.ResourceNeed, kind, 0, $"{name}, {unit}", PlanField.ResourceField(resource), new ReportingPeriod(year, PeriodKind.Year),
                had ? AuditValue.Number(b) : null, has ? AuditValue.Number(a) : null));
        }
    }

    private static void Funding(List<PlanChange> changes, ProgramPlan before, ProgramPlan after)
    {
        var names = before.Activities.Concat(after.Activities).GroupBy(a => a.Key).ToDictionary(g => g.Key, g => Label(g.Last().Code, g.Last().Name));
        var old = before.Funding.ToDictionary(f => f.Identity);
        var now = after.Funding.ToDictionary(f => f.Identity);
        foreach (var id in old.Keys.Union(now.Keys).OrderBy(i => i.Item2).ThenBy(i => i.Item1).ThenBy(i => i.Item4))
        {
            var (b, a) = (old.GetValueOrDefault(id), now.GetValueOrDefault(id));
            if (b?.Planned == a?.Planned) continue;
            var kind = b is null ? ChangeKind.Added : a is null ? ChangeKind.Removed : ChangeKind.Changed;
            changes.Add(new(PlanArea.Funding, kind, id.Item1, names.GetValueOrDefault(id.Item1, ""), PlanField.FundingField(id.Item4),
                new ReportingPeriod(id.Item2, id.Item3), AuditValue.Number(b?.Planned), AuditValue.Number(a?.Planned)));
        }
    }

    private static List<FundingTotalChange> FundingTotals(List<PlanFunding> before, List<PlanFunding> after)
    {
        static Dictionary<(int, FundingSource?), decimal> Sums(List<PlanFunding> lines)
        {
            var annual = lines.Where(f => f.Period == PeriodKind.Year).ToList();
            return annual.GroupBy(f => (f.Year, (FundingSource?)f.Source)).Select(g => (g.Key, Sum: g.Sum(f => f.Planned)))
                .Concat(annual.GroupBy(f => (f.Year, (FundingSource?)null)).Select(g => (g.Key, Sum: g.Sum(f => f.Planned))))
                .ToDictionary(x => x.Key, x => x.Sum);
        }
        var (b, a) = (Sums(before), Sums(after));
        return b.Keys.Union(a.Keys)
            .Select(k => new FundingTotalChange(k.Item1, k.Item2, b.GetValueOrDefault(k), a.GetValueOrDefault(k)))
            .Where(t => t.Delta != 0)
            .OrderBy(t => t.Year).ThenBy(t => t.Source is null).ThenBy(t => t.Source).ToList();
    }
}
