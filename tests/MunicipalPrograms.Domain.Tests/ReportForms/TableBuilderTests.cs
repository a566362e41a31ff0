using MunicipalPrograms.Domain.ReportForms;

namespace MunicipalPrograms.Domain.Tests.ReportForms;

public sealed class TableBuilderTests
{
    private static TableBuilder Builder() => new(
        [new ReportColumn("name", ColumnKind.Text, 20), new ReportColumn("plan", ColumnKind.Money, 10, Summable: true),
         new ReportColumn("fact", ColumnKind.Money, 10, Summable: true), new ReportColumn("share", ColumnKind.Percent, 8)],
        [[new HeaderCell("Наименование")]]);

    [Fact]
    public void TotalIsTheSumOfTheListedRowsNotATypedNumber()
    {
        var table = Builder();
        var a = table.Add("А", 38_000m, 38_000m, 100m);
        var b = table.Add("Б", 2_003_017.50m, 2_002_759m, 99.99m);

        table.Total(RowKind.Total, [a, b], ["Всего"], (sums, key) => key == "share" ? sums["fact"] / sums["plan"] * 100m : null);
        var total = table.Build().Rows[^1];

        total.Kind.Should().Be(RowKind.Total);
        total.SummedRows.Should().Equal(a, b);
        // 38 000 + 2 003 017,50 = 2 041 017,50; 38 000 + 2 002 759 = 2 040 759; share 2 040 759 / 2 041 017,50 × 100 = 99,9873347 %.
        total.Cells.Take(3).Select(c => c.Number).Should().Equal(null, 2_041_017.50m, 2_040_759m);
        Math.Round(total.Cells[3].Number!.Value, 7).Should().Be(99.9873347m);
    }

    [Fact]
    public void AColumnWithNothingInItStaysEmptyInTheTotal()
    {
        var table = Builder();
        var a = table.Add("А", 10m, ReportCell.Empty, ReportCell.Empty);

        table.Total(RowKind.Total, [a], ["Всего"]);

        table.Build().Rows[^1].Cells[2].IsEmpty.Should().BeTrue("a dash on paper, not 0,00");
    }

    [Fact]
    public void SpannedLabelsShiftTheSummedColumns()
    {
        var table = Builder();
        var a = table.Add("А", 1m, 2m, ReportCell.Empty);

        table.Total(RowKind.Total, [a], [new ReportCell(Text: "Итого", ColSpan: 1)]);
        var positioned = ReportTable.Positioned(table.Build().Rows[^1]).ToList();

        positioned.Single(p => p.Column == 1).Cell.Number.Should().Be(1m);
        positioned.Single(p => p.Column == 2).Cell.Number.Should().Be(2m);
    }
}

public sealed class HeaderLayoutTests
{
    [Fact]
    public void CellsOfTheSecondRowFillTheColumnsLeftFreeByRowSpans()
    {
        var table = new ReportTable
        {
            Columns = Enumerable.Range(0, 5).Select(i => new ReportColumn($"c{i}", ColumnKind.Text, 10)).ToList(),
            Header =
            [
                [new HeaderCell("№", RowSpan: 2), new HeaderCell("План", ColSpan: 2), new HeaderCell("Факт", ColSpan: 2)],
                [new HeaderCell("всего"), new HeaderCell("местный"), new HeaderCell("всего"), new HeaderCell("местный")],
            ],
            Rows = [],
        };

        var placed = HeaderLayout.Place(table);

        placed.Select(p => (p.Text, p.Row, p.Column)).Should().Equal(
            ("№", 0, 0), ("План", 0, 1), ("Факт", 0, 3), ("всего", 1, 1), ("местный", 1, 2), ("всего", 1, 3), ("местный", 1, 4));
        placed[0].RowSpan.Should().Be(2);
    }

    [Fact]
    public void TooManyCellsInARowIsAnError()
    {
        var table = new ReportTable
        {
            Columns = [new ReportColumn("a", ColumnKind.Text, 10)],
            Header = [[new HeaderCell("a"), new HeaderCell("b")]],
            Rows = [],
        };

        var act = () => HeaderLayout.Place(table);

        act.Should().Throw<InvalidOperationException>();
    }
}
