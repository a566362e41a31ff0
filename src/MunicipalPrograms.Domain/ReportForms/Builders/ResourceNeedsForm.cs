using MunicipalPrograms.Domain.Common;
using static MunicipalPrograms.Domain.ReportForms.Builders.ProgramDocument;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Appendix 7: the resources the program needs by year — money by source (from the plan), then material, labour and other.</summary>
public static class ResourceNeedsForm
{
    /// <summary>The non-financial groups of the form, in its order.</summary>
    public static readonly ResourceKind[] OtherKinds = [ResourceKind.Material, ResourceKind.Labor, ResourceKind.Other];

    /// <summary>The form's caption of a group of resources (the draft screens print the same).</summary>
    public static string Caption(ResourceKind kind) => kind switch
    {
        ResourceKind.Financial => "Финансовые ресурсы",
        ResourceKind.Material => "Материально-технические ресурсы",
        ResourceKind.Labor => "Трудовые ресурсы",
        _ => "Прочие виды ресурсов (информационные, природные и другие)",
    };

    public static ReportDocument Build(ProgramFormInput input) =>
        DocumentHeader.For(FormRegistry.ResourceNeeds, input, "Общая потребность в ресурсах") with
        {
            Sections = [new TableSection(null, Table(input))],
        };

    private static ReportTable Table(ProgramFormInput input)
    {
        // In the order they were entered: the database returns child rows in no set order.
        var needs = input.Program.ResourceNeeds.OrderBy(n => n.Id).ToList();
        var lines = Yearly(input).ToList();
        var years = lines.Select(l => l.Year).Concat(needs.Select(n => n.Year)).Distinct().Order().ToList();
        var columns = new List<ReportColumn> { new("name", ColumnKind.Text, 46), new("unit", ColumnKind.Text, 14), new("all", ColumnKind.Money, 16, true) };
        columns.AddRange(years.Select(y => new ReportColumn($"y{y}", ColumnKind.Money, 14, true)));
        var table = new TableBuilder(columns,
        [
            [new HeaderCell("Наименование ресурсов", RowSpan: 2), new HeaderCell("Единица измерения", RowSpan: 2),
             new HeaderCell("Потребность", ColSpan: years.Count + 1)],
            [new HeaderCell("всего"), .. years.Select(y => new HeaderCell($"{y} год"))],
        ]) { NumberedColumns = true };
        AddMoney(table, input, lines, years);
        foreach (var kind in OtherKinds)
        {
            table.Group(Caption(kind));
            foreach (var group in needs.Where(n => n.Kind == kind).GroupBy(n => (n.Name, n.Unit)))
                table.Add(1, [group.Key.Name, group.Key.Unit, group.Sum(n => n.Amount), .. years.Select(y => (ReportCell)group.Where(n => n.Year == y).Sum(n => n.Amount))]);
        }
        return table.Build();
    }

    /// <summary>«Финансовые ресурсы» as the subtotal of one row per funding source.</summary>
    private static void AddMoney(TableBuilder table, ProgramFormInput input, List<Funding.FundingLine> lines, List<int> years)
    {
        var names = input.Municipality.BudgetNames;
        var head = table.Add("Финансовые ресурсы, в том числе:", input.MoneyUnit);
        var sourceRows = new List<int>();
        foreach (var source in lines.Select(l => l.Source).Distinct().Order())
        {
            var of = lines.Where(l => l.Source == source).ToList();
            sourceRows.Add(table.Add(1, [names.For(source), input.MoneyUnit, of.Sum(l => l.Planned), .. years.Select(y => (ReportCell)of.Where(l => l.Year == y).Sum(l => l.Planned))]));
        }
        table.Replace(head, table.TotalRow(RowKind.Subtotal, sourceRows, ["Финансовые ресурсы, в том числе:", input.MoneyUnit], null, 0));
    }
}
