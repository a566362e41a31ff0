using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using static MunicipalPrograms.Domain.ReportForms.Builders.ProgramDocument;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Appendix 5: the indicators under their goals and objectives with the planned value of every year.</summary>
public static class IndicatorsByYearForm
{
    public static ReportDocument Build(ProgramFormInput input) =>
        DocumentHeader.For(FormRegistry.IndicatorsByYear, input, "Перечень показателей результативности и эффективности реализации муниципальной программы") with
        {
            Sections = [new TableSection(null, Table(input))],
        };

    private static ReportTable Table(ProgramFormInput input)
    {
        var years = Years(input);
        var columns = new List<ReportColumn> { new("n", ColumnKind.Text, 6), new("name", ColumnKind.Text, 50), new("unit", ColumnKind.Text, 12), new("base", ColumnKind.Number, 13) };
        columns.AddRange(years.Select(y => new ReportColumn($"y{y}", ColumnKind.Number, 11)));
        columns.Add(new ReportColumn("final", ColumnKind.Number, 14));
        // A program without yearly plans still gets one (empty) year column, so the header keeps its shape.
        if (years.Count == 0) columns.Insert(4, new ReportColumn("none", ColumnKind.Text, 8));
        var table = new TableBuilder(columns,
        [
            [new HeaderCell("№ п/п", RowSpan: 2), new HeaderCell("Цели и задачи муниципальной программы, перечень целевых показателей", RowSpan: 2),
             new HeaderCell("Единица измерения", RowSpan: 2),
             new HeaderCell("Фактическое значение показателя на момент разработки муниципальной программы (базисное значение)", RowSpan: 2),
             new HeaderCell("Значения показателей по годам реализации муниципальной программы", ColSpan: Math.Max(1, years.Count)),
             new HeaderCell("Плановое значение показателя на день окончания действия муниципальной программы", RowSpan: 2)],
            years.Count == 0 ? [new HeaderCell(RuFormat.Missing)] : years.Select(y => new HeaderCell($"{y} год")).ToList(),
        ]) { NumberedColumns = true };
        var rows = new Rows(table, years);
        var indicators = input.Indicators.ToList();
        foreach (var (goal, g) in input.Program.Goals.OrderBy(x => x.SortOrder).Select((x, k) => (x, k + 1)))
        {
            table.Group($"Цель {g}. {goal.Name}");
            rows.Add(indicators.Where(i => i.GoalId == goal.Id && i.ObjectiveId is null));
            foreach (var (o, k) in goal.Objectives.OrderBy(x => x.SortOrder).Select((x, k) => (x, k + 1)))
            {
                table.Group($"Задача {g}.{k}. {o.Name}", 1);
                rows.Add(indicators.Where(i => i.ObjectiveId == o.Id));
            }
        }
        if (indicators.Any(i => !rows.Placed(i)))
        {
            table.Group("Показатели, не отнесенные к целям и задачам");
            rows.Add(indicators);
        }
        return table.Build();
    }

    /// <summary>Numbers the rows across groups and prints every indicator once (an indicator may match two groups).</summary>
    private sealed class Rows(TableBuilder table, IReadOnlyList<int> years)
    {
        private readonly HashSet<int> _placed = [];
        private int _n;

        public bool Placed(Indicator i) => _placed.Contains(i.Id);

        public void Add(IEnumerable<Indicator> indicators)
        {
            foreach (var i in indicators.Where(i => _placed.Add(i.Id)))
            {
                var cells = new List<ReportCell> { $"{++_n}", i.Name, i.Unit, i.BaseValue };
                if (years.Count == 0) cells.Add("");
                cells.AddRange(years.Select(y => FormCells.Planned(i, i.ValueFor(ReportingPeriod.AnnualOf(y)))));
                cells.Add(years.Count == 0 ? ReportCell.Empty : FormCells.Planned(i, i.ValueFor(ReportingPeriod.AnnualOf(years[^1]))));
                table.Add([.. cells]);
            }
        }
    }
}
