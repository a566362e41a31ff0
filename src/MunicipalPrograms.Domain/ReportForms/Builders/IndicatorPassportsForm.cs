using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Appendix 6: the passport of every indicator that has one, with its base measures.</summary>
public static class IndicatorPassportsForm
{
    public static ReportDocument Build(ProgramFormInput input)
    {
        var sections = input.Indicators.Where(i => i.Passport is not null).SelectMany(Sections).ToList();
        if (sections.Count == 0) sections.Add(new TextSection(null, ["Паспорта показателей в программе не заполнены."]));
        return DocumentHeader.For(FormRegistry.IndicatorPassports, input, "Паспорта показателей муниципальной программы") with
        {
            Sections = sections,
            Footnotes = ["Методы сбора информации: 1 — периодическая отчетность; 2 — перепись; 3 — единовременное обследование (учет); 4 — бухгалтерская отчетность; 5 — финансовая отчетность; 6 — социологический опрос; 7 — административная информация; 8 — прочие. Охват: 1 — сплошное наблюдение; 2 — выборочное наблюдение."],
        };
    }

    private static IEnumerable<ReportSection> Sections(Indicator i)
    {
        var p = i.Passport!;
        yield return new KeyValueSection($"Паспорт показателя «{i.Name}»",
        [
            new KeyValueItem("Исполнитель, ответственный за формирование показателя (Ф.И.О., должность, телефон, адрес электронной почты)", p.ResponsiblePerson),
            new KeyValueItem("1. Номер паспорта показателя", p.Number ?? i.Code),
            new KeyValueItem("2. Наименование показателя", i.Name),
            new KeyValueItem("3. Единица измерения", i.Unit),
            new KeyValueItem("4. Тип показателя", i.Kind == IndicatorKind.Output ? "показатель непосредственного результата" : "показатель конечного результата"),
            new KeyValueItem("5. Порядок формирования показателя", p.FormationProcedure ?? i.CalculationMethod),
            new KeyValueItem("6. Описание системы мониторинга показателя", p.MonitoringDescription),
        ]);
        if (p.BaseMeasures.Count > 0) yield return new TableSection("Описание используемых базовых показателей", BaseMeasures(p));
    }

    private static ReportTable BaseMeasures(IndicatorPassport p)
    {
        var table = new TableBuilder(
            [new ReportColumn("name", ColumnKind.Text, 36), new ReportColumn("unit", ColumnKind.Text, 12), new ReportColumn("symbol", ColumnKind.Text, 14),
             new ReportColumn("source", ColumnKind.Text, 22), new ReportColumn("method", ColumnKind.Text, 16), new ReportColumn("object", ColumnKind.Text, 20),
             new ReportColumn("coverage", ColumnKind.Text, 14), new ReportColumn("periodicity", ColumnKind.Text, 16)],
            [[new HeaderCell("Наименование базового показателя"), new HeaderCell("Единица измерения"), new HeaderCell("Буквенное обозначение в формуле расчета"),
              new HeaderCell("Источник информации"), new HeaderCell("Метод сбора информации"), new HeaderCell("Объект и единица наблюдения"),
              new HeaderCell("Охват единиц совокупности"), new HeaderCell("Периодичность формирования значений")]]) { NumberedColumns = true };
        // In the order they were entered: the database returns child rows in no set order.
        foreach (var m in p.BaseMeasures.OrderBy(m => m.Id))
            table.Add(m.Name, m.Unit, m.Symbol, m.Source ?? RuFormat.Missing, $"{m.CollectionMethod} — {BaseMeasure.CollectionMethods.GetValueOrDefault(m.CollectionMethod, RuFormat.Missing)}",
                m.ObservationUnit ?? RuFormat.Missing, $"{m.Coverage} — {BaseMeasure.Coverages.GetValueOrDefault(m.Coverage, RuFormat.Missing)}", m.Periodicity ?? RuFormat.Missing);
        return table.Build();
    }
}
