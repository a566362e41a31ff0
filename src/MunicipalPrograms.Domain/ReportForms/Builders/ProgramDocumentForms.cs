using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// The forms of the program document itself (Procedure appendices 1–7): passport, activities with
/// funding by source, capital objects, subprogram passports, indicators by year, indicator
/// passports, resource needs. They print the whole program period, not one reporting year.
/// </summary>
public static class ProgramDocumentForms
{
    public static ReportDocument Build(string code, ProgramFormInput input) => code switch
    {
        "passport" => Passport(input),
        "activities" => Activities(input),
        "capital-objects" => CapitalObjects(input),
        "subprogram-passports" => SubprogramPassports(input),
        "indicators" => IndicatorsByYear(input),
        "indicator-passports" => IndicatorPassports(input),
        "resource-needs" => ResourceNeeds(input),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown program form."),
    };

    private static ReportDocument Document(ProgramFormInput input, string code, string formName, int appendix, string title,
        IReadOnlyList<ReportSection> sections, IReadOnlyList<string>? footnotes = null) => new()
    {
        FormCode = code,
        FormName = formName,
        AppendixHeading = FormText.Appendix(appendix, input.Municipality.Name),
        Title = [title, input.Title, input.Program.PeriodCaption()],
        Sections = sections,
        Footnotes = footnotes ?? [],
        MoneyUnitCaption = input.MoneyUnit,
        ProgramCode = input.Program.RegistryCode,
        ProgramName = input.Program.Name,
    };

    private static IEnumerable<FundingLine> Yearly(ProgramFormInput input) => input.Program.FundingLines.Where(f => f.Period == PeriodKind.Year);

    private static IReadOnlyList<int> Years(ProgramFormInput input) =>
        Yearly(input).Select(f => f.Year).Concat(input.Program.Indicators.SelectMany(i => i.Values).Where(v => v.Period == PeriodKind.Year && v.Planned != null).Select(v => v.Year))
            .Distinct().Order().ToList();

    // ---- Appendix 1 ----
    private static ReportDocument Passport(ProgramFormInput input)
    {
        var p = input.Program;
        var funding = FundingLines(input, Yearly(input).ToList());
        return Document(input, "passport", "Паспорт программы", 1, "Паспорт муниципальной программы",
        [
            new KeyValueSection(null,
            [
                new KeyValueItem("Наименование муниципальной программы", p.Name),
                new KeyValueItem("Ответственный исполнитель муниципальной программы", input.ResponsibleExecutorName),
                new KeyValueItem("Соисполнители муниципальной программы (при наличии)", p.CoExecutors.Count == 0 ? [RuFormat.Missing] : input.CoExecutorNames),
                new KeyValueItem("Цель (цели) муниципальной программы", Lines(p.Goals.OrderBy(g => g.SortOrder).Select(g => g.Name))),
                new KeyValueItem("Задачи муниципальной программы", Lines(p.Goals.OrderBy(g => g.SortOrder).SelectMany(g => g.Objectives.OrderBy(o => o.SortOrder)).Select(o => o.Name))),
                new KeyValueItem("Целевые показатели муниципальной программы", Lines(input.Indicators.Select(i => $"{i.Name}, {i.Unit}"))),
                new KeyValueItem("Программно-целевые инструменты муниципальной программы: перечень подпрограмм, основных мероприятий",
                    Lines(p.Subprograms.OrderBy(s => s.SortOrder).Select(s => $"Подпрограмма {s.Code} «{s.Name}»")
                        .Concat(input.Activities.Roots.Where(a => a.Kind == ActivityKind.MainActivity).Select(a => $"Основное мероприятие «{a.Name}»")))),
                new KeyValueItem("Этапы и сроки реализации муниципальной программы", [p.PeriodCaption(), .. string.IsNullOrWhiteSpace(p.Stages) ? Array.Empty<string>() : [p.Stages]]),
                new KeyValueItem($"Объемы финансирования муниципальной программы, в том числе по годам ({input.MoneyUnit})", funding),
                new KeyValueItem("Ожидаемые результаты реализации муниципальной программы и показатели социально-экономической эффективности", Lines(p.ExpectedResults)),
            ]),
        ]);
    }

    private static List<string> Lines(IEnumerable<string> items)
    {
        var list = items.Select((s, i) => $"{i + 1}. {s}").ToList();
        return list.Count == 0 ? [RuFormat.Missing] : list;
    }

    /// <summary>«Всего: …; в том числе по годам: 2024 год — …» with the sources of each year.</summary>
    private static List<string> FundingLines(ProgramFormInput input, List<FundingLine> lines)
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

    // ---- Appendix 2 ----
    private static ReportDocument Activities(ProgramFormInput input)
    {
        var lines = Yearly(input).ToList();
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
        var leafRows = new List<int>();
        foreach (var root in input.Activities.Roots) leafRows.AddRange(AddActivity(table, input, root, lines, sources));
        table.Total(RowKind.Total, leafRows, [new ReportCell(Text: "Итого по муниципальной программе", ColSpan: 3)]);
        return Document(input, "activities", "Перечень мероприятий", 2, "Перечень мероприятий по реализации муниципальной программы",
            [new TableSection(null, table.Build())]);
    }

    /// <summary>An activity as a subtotal over the yearly rows of its own lines and of its children.</summary>
    private static List<int> AddActivity(TableBuilder table, ProgramFormInput input, Activity a, List<FundingLine> lines, FundingSource[] sources)
    {
        var executors = string.Join(", ", input.ExecutorNames(a));
        var header = table.AddRow(new ReportRow(RowKind.Data, [a.StructureCode ?? a.Code, a.Name, a.TermCaption(), .. new ReportCell[sources.Length + 1], executors], a.ParentId is null ? 0 : 1));
        var leaves = new List<int>();
        foreach (var year in lines.Where(l => l.ActivityId == a.Id).GroupBy(l => l.Year).OrderBy(g => g.Key))
        {
            var cells = new List<ReportCell> { "", $"{year.Key} год", "", year.Sum(l => l.Planned) };
            cells.AddRange(sources.Select(s => year.Where(l => l.Source == s).Select(l => (decimal?)l.Planned).Sum() is { } v && v != 0 ? (ReportCell)v : ReportCell.Empty));
            cells.Add("");
            leaves.Add(table.Add(2, [.. cells]));
        }
        foreach (var child in input.Activities.ChildrenOf(a)) leaves.AddRange(AddActivity(table, input, child, lines, sources));
        table.Replace(header, table.TotalRow(RowKind.Subtotal, leaves, [a.StructureCode ?? a.Code, a.Name, a.TermCaption()], executors, a.ParentId is null ? 0 : 1));
        return leaves;
    }

    // ---- Appendix 3 ----
    private static ReportDocument CapitalObjects(ProgramFormInput input)
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
            o.ConstructionStartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? RuFormat.Missing,
            o.ConstructionEndYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? RuFormat.Missing,
            o.HasApprovedDesign ? "имеется" : "отсутствует", o.Ownership ?? RuFormat.Missing,
            o.EstimatedCostDesignPrices, o.EstimatedCostBasePrices, o.RemainingDesignPrices, o.RemainingBasePrices)).ToList();
        if (rows.Count == 0) table.Group("Объекты капитального строительства программой не предусмотрены");
        else table.Total(RowKind.Total, rows, [new ReportCell(Text: "Итого", ColSpan: 5)]);
        return Document(input, "capital-objects", "Объекты капстроительства", 3, "Перечень объектов капитального строительства муниципальной программы",
            [new TableSection(null, table.Build())],
            ["Финансовые показатели указываются в ценах, утвержденных в проектно-сметной документации, и сопоставимых ценах года начала реализации программы."]);
    }

    // ---- Appendix 4 ----
    private static ReportDocument SubprogramPassports(ProgramFormInput input)
    {
        var sections = new List<ReportSection>();
        foreach (var s in input.Program.Subprograms.OrderBy(s => s.SortOrder))
        {
            var ids = input.Activities.IdsUnder(input.Program.Activities.Where(a => a.SubprogramId == s.Id));
            var period = s.StartYear is { } from ? $"{from}–{s.EndYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"} годы" : input.Program.PeriodCaption();
            sections.Add(new KeyValueSection($"Паспорт подпрограммы {s.Code} «{s.Name}»",
            [
                new KeyValueItem("Наименование подпрограммы", s.Name),
                new KeyValueItem("Основной исполнитель подпрограммы", input.DepartmentName(s.ResponsibleExecutorId)),
                new KeyValueItem("Соисполнители подпрограммы", s.CoExecutors),
                new KeyValueItem("Цель (цели) подпрограммы", s.GoalsText),
                new KeyValueItem("Задачи подпрограммы", s.ObjectivesText),
                new KeyValueItem("Целевые показатели подпрограммы", Lines(input.Indicators.Where(i => i.SubprogramId == s.Id).Select(i => $"{i.Name}, {i.Unit}"))),
                new KeyValueItem("Этапы и сроки реализации подпрограммы", period),
                new KeyValueItem($"Объемы финансирования подпрограммы, в том числе по годам ({input.MoneyUnit})", FundingLines(input, Yearly(input).Where(l => ids.Contains(l.ActivityId)).ToList())),
                new KeyValueItem("Ожидаемые результаты реализации подпрограммы и показатели социально-экономической эффективности", s.ExpectedResults),
            ]));
        }
        if (sections.Count == 0) sections.Add(new TextSection(null, ["Подпрограммы в составе муниципальной программы не выделены."]));
        return Document(input, "subprogram-passports", "Паспорта подпрограмм", 4, "Паспорта подпрограмм", sections);
    }

    // ---- Appendix 5 ----
    private static ReportDocument IndicatorsByYear(ProgramFormInput input)
    {
        var years = Years(input);
        var columns = new List<ReportColumn> { new("n", ColumnKind.Text, 6), new("name", ColumnKind.Text, 50), new("unit", ColumnKind.Text, 12), new("base", ColumnKind.Number, 13) };
        columns.AddRange(years.Select(y => new ReportColumn($"y{y}", ColumnKind.Number, 11)));
        columns.Add(new ReportColumn("final", ColumnKind.Number, 14));
        var table = new TableBuilder(columns,
        [
            [new HeaderCell("№ п/п", RowSpan: 2), new HeaderCell("Цели и задачи муниципальной программы, перечень целевых показателей", RowSpan: 2),
             new HeaderCell("Единица измерения", RowSpan: 2),
             new HeaderCell("Фактическое значение показателя на момент разработки муниципальной программы (базисное значение)", RowSpan: 2),
             new HeaderCell("Значения показателей по годам реализации муниципальной программы", ColSpan: Math.Max(1, years.Count)),
             new HeaderCell("Плановое значение показателя на день окончания действия муниципальной программы", RowSpan: 2)],
            years.Count == 0 ? [new HeaderCell(RuFormat.Missing)] : years.Select(y => new HeaderCell($"{y} год")).ToList(),
        ]) { NumberedColumns = true };
        if (years.Count == 0) columns.Insert(4, new ReportColumn("none", ColumnKind.Text, 8));
        var placed = new HashSet<int>();
        var n = 0;
        void Add(IEnumerable<Indicator> list)
        {
            foreach (var i in list.Where(i => placed.Add(i.Id)))
            {
                var cells = new List<ReportCell> { $"{++n}", i.Name, i.Unit, i.BaseValue };
                if (years.Count == 0) cells.Add("");
                cells.AddRange(years.Select(y => AnnualReportForm.Planned(i, i.ValueFor(ReportingPeriod.AnnualOf(y)))));
                cells.Add(years.Count == 0 ? ReportCell.Empty : AnnualReportForm.Planned(i, i.ValueFor(ReportingPeriod.AnnualOf(years[^1]))));
                table.Add([.. cells]);
            }
        }
        var indicators = input.Indicators.ToList();
        foreach (var (goal, g) in input.Program.Goals.OrderBy(x => x.SortOrder).Select((x, k) => (x, k + 1)))
        {
            table.Group($"Цель {g}. {goal.Name}");
            Add(indicators.Where(i => i.GoalId == goal.Id && i.ObjectiveId is null));
            foreach (var (o, k) in goal.Objectives.OrderBy(x => x.SortOrder).Select((x, k) => (x, k + 1)))
            {
                table.Group($"Задача {g}.{k}. {o.Name}", 1);
                Add(indicators.Where(i => i.ObjectiveId == o.Id));
            }
        }
        if (indicators.Any(i => !placed.Contains(i.Id)))
        {
            table.Group("Показатели, не отнесенные к целям и задачам");
            Add(indicators);
        }
        return Document(input, "indicators", "Перечень показателей", 5, "Перечень показателей результативности и эффективности реализации муниципальной программы",
            [new TableSection(null, table.Build())]);
    }

    // ---- Appendix 6 ----
    private static ReportDocument IndicatorPassports(ProgramFormInput input)
    {
        var sections = new List<ReportSection>();
        foreach (var i in input.Indicators.Where(i => i.Passport is not null))
        {
            var p = i.Passport!;
            sections.Add(new KeyValueSection($"Паспорт показателя «{i.Name}»",
            [
                new KeyValueItem("Исполнитель, ответственный за формирование показателя (Ф.И.О., должность, телефон, адрес электронной почты)", p.ResponsiblePerson),
                new KeyValueItem("1. Номер паспорта показателя", p.Number ?? i.Code),
                new KeyValueItem("2. Наименование показателя", i.Name),
                new KeyValueItem("3. Единица измерения", i.Unit),
                new KeyValueItem("4. Тип показателя", i.Kind == IndicatorKind.Output ? "показатель непосредственного результата" : "показатель конечного результата"),
                new KeyValueItem("5. Порядок формирования показателя", p.FormationProcedure ?? i.CalculationMethod),
                new KeyValueItem("6. Описание системы мониторинга показателя", p.MonitoringDescription),
            ]));
            if (p.BaseMeasures.Count > 0) sections.Add(new TableSection("Описание используемых базовых показателей", BaseMeasures(p)));
        }
        if (sections.Count == 0) sections.Add(new TextSection(null, ["Паспорта показателей в программе не заполнены."]));
        return Document(input, "indicator-passports", "Паспорта показателей", 6, "Паспорта показателей муниципальной программы", sections,
            ["Методы сбора информации: 1 — периодическая отчетность; 2 — перепись; 3 — единовременное обследование (учет); 4 — бухгалтерская отчетность; 5 — финансовая отчетность; 6 — социологический опрос; 7 — административная информация; 8 — прочие. Охват: 1 — сплошное наблюдение; 2 — выборочное наблюдение."]);
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
        foreach (var m in p.BaseMeasures)
            table.Add(m.Name, m.Unit, m.Symbol, m.Source ?? RuFormat.Missing, $"{m.CollectionMethod} — {BaseMeasure.CollectionMethods.GetValueOrDefault(m.CollectionMethod, RuFormat.Missing)}",
                m.ObservationUnit ?? RuFormat.Missing, $"{m.Coverage} — {BaseMeasure.Coverages.GetValueOrDefault(m.Coverage, RuFormat.Missing)}", m.Periodicity ?? RuFormat.Missing);
        return table.Build();
    }

    // ---- Appendix 7 ----
    private static ReportDocument ResourceNeeds(ProgramFormInput input)
    {
        var needs = input.Program.ResourceNeeds;
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
        var names = input.Municipality.BudgetNames;
        var head = table.Add("Финансовые ресурсы, в том числе:", input.MoneyUnit);
        var sourceRows = new List<int>();
        foreach (var source in lines.Select(l => l.Source).Distinct().Order())
        {
            var of = lines.Where(l => l.Source == source).ToList();
            sourceRows.Add(table.Add(1, [names.For(source), input.MoneyUnit, of.Sum(l => l.Planned), .. years.Select(y => (ReportCell)of.Where(l => l.Year == y).Sum(l => l.Planned))]));
        }
        table.Replace(head, table.TotalRow(RowKind.Subtotal, sourceRows, ["Финансовые ресурсы, в том числе:", input.MoneyUnit], null, 0));
        foreach (var (kind, caption) in new[] { (ResourceKind.Material, "Материально-технические ресурсы"), (ResourceKind.Labor, "Трудовые ресурсы"), (ResourceKind.Other, "Прочие виды ресурсов (информационные, природные и другие)") })
        {
            table.Group(caption);
            foreach (var group in needs.Where(n => n.Kind == kind).GroupBy(n => (n.Name, n.Unit)))
                table.Add(1, [group.Key.Name, group.Key.Unit, group.Sum(n => n.Amount), .. years.Select(y => (ReportCell)group.Where(n => n.Year == y).Sum(n => n.Amount))]);
        }
        return Document(input, "resource-needs", "Потребность в ресурсах", 7, "Общая потребность в ресурсах", [new TableSection(null, table.Build())]);
    }
}
