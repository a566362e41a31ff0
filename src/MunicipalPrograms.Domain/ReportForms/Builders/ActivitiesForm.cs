using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Programs;
using static MunicipalPrograms.Domain.ReportForms.Builders.ProgramDocument;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// Appendix 2: the activities with their planned funding by year and source; every activity is a
/// subtotal over its own yearly rows and those of the activities under it.
/// </summary>
public static class ActivitiesForm
{
    public static ReportDocument Build(ProgramFormInput input)
    {
        var sources = Enum.GetValues<FundingSource>();
        var names = input.Municipality.BudgetNames;
        var columns = new List<ReportColumn> { new("n", ColumnKind.Text, 9), new("name", ColumnKind.Text, 48), new("term", ColumnKind.Text, 11), new("all", ColumnKind.Money, 15, true) };
        columns.AddRange(sources.Select(s => new ReportColumn(s.ToString(), ColumnKind.Money, 14, true)));
        columns.Add(new ReportColumn("executors", ColumnKind.Text, 26));
        var table = new TableBuilder(columns,
        [
            [new HeaderCell("№ п/п", RowSpan: 2), new HeaderCell("Наименование мероприятия", RowSpan: 2), new HeaderCell("Срок исполнения", RowSpan: 2),
             new HeaderCell($"Объем финансирования ({input.MoneyUnit})", ColSpan: sources.Length + 1), new HeaderCell("Ответственные за выполнение мероприятий", RowSpan: 2)],
            [new HeaderCell("Всего"), .. sources.Select(s => new HeaderCell(names.For(s)))],
        ]) { NumberedColumns = true };
        var rows = new Rows(table, input, Yearly(input).ToList(), sources);
        var leafRows = input.Activities.Roots.SelectMany(root => rows.Add(root, level: 0)).ToList();
        table.Total(RowKind.Total, leafRows, [new ReportCell(Text: "Итого по муниципальной программе", ColSpan: 3)]);
        return DocumentHeader.For(FormRegistry.Activities, input, "Перечень мероприятий по реализации муниципальной программы") with
        {
            Sections = [new TableSection(null, table.Build())],
        };
    }

    private sealed record Rows(TableBuilder Table, ProgramFormInput Input, List<FundingLine> Lines, FundingSource[] Sources)
    {
        /// <summary>
        /// The activity's subtotal row, its yearly rows, then the activities under it; returns the yearly
        /// rows it adds up. The form has two indents: the top of the tree and everything under it.
        /// </summary>
        public List<int> Add(Activity a, int level)
        {
            var executors = string.Join(", ", Input.ExecutorNames(a));
            var label = new ReportCell[] { a.StructureCode ?? a.Code, a.Name, a.TermCaption() };
            var header = Table.AddRow(new ReportRow(RowKind.Data, [.. label, .. new ReportCell[Sources.Length + 1], executors], level));
            var leaves = Lines.Where(l => l.ActivityId == a.Id).GroupBy(l => l.Year).OrderBy(g => g.Key).Select(YearRow).ToList();
            foreach (var child in Input.Activities.ChildrenOf(a)) leaves.AddRange(Add(child, level: 1));
            Table.Replace(header, Table.TotalRow(RowKind.Subtotal, leaves, label, executors, level));
            return leaves;
        }

        private int YearRow(IGrouping<int, FundingLine> year)
        {
            var cells = new List<ReportCell> { "", $"{year.Key} год", "", year.Sum(l => l.Planned) };
            cells.AddRange(Sources.Select(s => year.Where(l => l.Source == s).Select(l => (decimal?)l.Planned).Sum() is { } v && v != 0 ? (ReportCell)v : ReportCell.Empty));
            cells.Add("");
            return Table.Add(2, [.. cells]);
        }
    }
}
