using System.Globalization;
using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Appendix 3: the capital construction objects of the program with their estimated cost and what is left.</summary>
public static class CapitalObjectsForm
{
    public static ReportDocument Build(ProgramFormInput input) =>
        DocumentHeader.For(FormRegistry.CapitalObjects, input, "Перечень объектов капитального строительства муниципальной программы") with
        {
            Sections = [new TableSection(null, Table(input))],
            Footnotes = ["Финансовые показатели указываются в ценах, утвержденных в проектно-сметной документации, и сопоставимых ценах года начала реализации программы."],
        };

    private static ReportTable Table(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("name", ColumnKind.Text, 46), new ReportColumn("start", ColumnKind.Text, 10), new ReportColumn("end", ColumnKind.Text, 10),
                new ReportColumn("psd", ColumnKind.Text, 14), new ReportColumn("ownership", ColumnKind.Text, 14),
                new ReportColumn("costPsd", ColumnKind.Money, 15, true), new ReportColumn("costBase", ColumnKind.Money, 15, true),
                new ReportColumn("restPsd", ColumnKind.Money, 15, true), new ReportColumn("restBase", ColumnKind.Money, 15, true),
            ],
            [
                [new HeaderCell("Наименование и местонахождение стройки (объекта), проектная мощность", RowSpan: 2), new HeaderCell("Сроки строительства (годы)", ColSpan: 2),
                 new HeaderCell("Наличие утвержденной проектно-сметной документации (ПСД)", RowSpan: 2), new HeaderCell("Форма собственности", RowSpan: 2),
                 new HeaderCell($"Сметная стоимость, {input.MoneyUnit}", ColSpan: 2), new HeaderCell($"Остаток на 1 января года начала реализации программы, {input.MoneyUnit}", ColSpan: 2)],
                [new HeaderCell("Начало строительства"), new HeaderCell("Окончание строительства"), new HeaderCell("в ценах, утвержденных в ПСД"),
                 new HeaderCell("в ценах года начала реализации программы"), new HeaderCell("в ценах, утвержденных в ПСД"), new HeaderCell("в ценах года начала реализации программы")],
            ]) { NumberedColumns = true };
        var rows = input.Program.CapitalObjects.OrderBy(o => o.Id).Select(o => table.Add(
            string.IsNullOrWhiteSpace(o.Capacity) ? o.NameAndLocation : $"{o.NameAndLocation}; {o.Capacity}",
            o.ConstructionStartYear?.ToString(CultureInfo.InvariantCulture) ?? RuFormat.Missing,
            o.ConstructionEndYear?.ToString(CultureInfo.InvariantCulture) ?? RuFormat.Missing,
            o.HasApprovedDesign ? "имеется" : "отсутствует", o.Ownership ?? RuFormat.Missing,
            o.EstimatedCostDesignPrices, o.EstimatedCostBasePrices, o.RemainingDesignPrices, o.RemainingBasePrices)).ToList();
        if (rows.Count == 0) table.Group("Объекты капитального строительства программой не предусмотрены");
        else table.Total(RowKind.Total, rows, [new ReportCell(Text: "Итого", ColSpan: 5)]);
        return table.Build();
    }
}
