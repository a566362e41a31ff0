using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// What the forms of the program document (Procedure appendices 1–7) share: they print the whole
/// program period from its yearly plans, not one reporting period.
/// </summary>
internal static class ProgramDocument
{
    /// <summary>The yearly funding lines of every year (interim periods are reporting, not planning).</summary>
    public static IEnumerable<FundingLine> Yearly(ProgramFormInput input) => input.Program.FundingLines.Where(f => f.Period == PeriodKind.Year);

    /// <summary>The years that have a yearly plan: funding, or a planned indicator value.</summary>
    public static IReadOnlyList<int> Years(ProgramFormInput input) =>
        Yearly(input).Select(f => f.Year)
            .Concat(input.Program.Indicators.SelectMany(i => i.Values).Where(v => v.Period == PeriodKind.Year && v.Planned != null).Select(v => v.Year))
            .Distinct().Order().ToList();

    /// <summary>Numbered lines «1. …», or a dash when there are none.</summary>
    public static List<string> Lines(IEnumerable<string> items)
    {
        var list = items.Select((s, i) => $"{i + 1}. {s}").ToList();
        return list.Count == 0 ? [RuFormat.Missing] : list;
    }

    /// <summary>«Всего: …; в том числе по годам: 2024 год — …» with the sources of each year.</summary>
    public static List<string> FundingLines(ProgramFormInput input, List<FundingLine> lines)
    {
        var names = input.Municipality.BudgetNames;
        var result = new List<string> { $"Всего: {RuFormat.Money(lines.Sum(l => l.Planned))}" };
        foreach (var year in lines.GroupBy(l => l.Year).OrderBy(g => g.Key))
        {
            var bySource = year.GroupBy(l => l.Source).OrderBy(g => g.Key)
                .Select(g => $"{names.For(g.Key).ToLowerInvariant()} — {RuFormat.Money(g.Sum(l => l.Planned))}");
            result.Add($"{year.Key} год — {RuFormat.Money(year.Sum(l => l.Planned))} (" + string.Join("; ", bySource) + ")");
        }
        return result;
    }
}
