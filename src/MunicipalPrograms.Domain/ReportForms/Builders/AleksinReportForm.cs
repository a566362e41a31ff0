using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// The three-section report used by Алексин (seed 000): a header of key facts, 1) results with
/// weights, 2) activity execution, 3) funding plan and actual by source with a computed total.
/// </summary>
public static class AleksinReportForm
{
    public static ReportDocument Build(ProgramFormInput input) =>
        DocumentHeader.For(FormRegistry.ThreeSectionReport, input, "Отчет о ходе реализации муниципальной программы") with
        {
            Sections =
            [
                new KeyValueSection(null, HeaderItems(input)),
                new TableSection("1. Результативность реализации муниципальной программы", ResultsTable(input)),
                new TableSection("2. Выполнение мероприятий муниципальной программы", ExecutionTable(input)),
                new TableSection("3. Финансирование мероприятий муниципальной программы", FundingTable(input)),
            ],
            Signature = input.Signature,
        };

    private static List<KeyValueItem> HeaderItems(ProgramFormInput input)
    {
        var p = input.Program;
        var goals = p.Goals.OrderBy(g => g.SortOrder).ToList();
        // Tasks are listed in the program's own numbering (their codes), not grouped by goal.
        var objectives = goals.SelectMany(g => g.Objectives)
            .OrderBy(o => int.TryParse(o.Code, out var k) ? k : int.MaxValue).ThenBy(o => o.Code, StringComparer.Ordinal).ToList();
        var goalLines = new List<string> { "Цели Программы:" };
        goalLines.AddRange(goals.Select((g, i) => $"{i + 1}. {g.Name}"));
        goalLines.Add("Задачи Программы:");
        goalLines.AddRange(objectives.Select((o, i) => $"{i + 1}. {o.Name}"));
        var amendments = p.Amendments.Where(a => a.Act.Date?.Year == input.Year).OrderBy(a => a.Act.Date)
            .Select(a => $"- {a.Act.Citation()}" + (string.IsNullOrWhiteSpace(a.Summary) ? "" : $" ({a.Summary})")).ToList();
        var planned = input.FundingOfPeriod.Sum(f => f.Planned);
        return
        [
            new KeyValueItem("Нормативный правовой акт, утвердивший Программу", p.ApprovingAct.Citation()),
            new KeyValueItem("Цель (и) и задачи Программы", goalLines),
            new KeyValueItem("Основные ожидаемые результаты Программы", p.ExpectedResults.Count == 0 ? [RuFormat.Missing] : p.ExpectedResults.Select(r => "- " + r).ToList()),
            new KeyValueItem("Объемы финансирования Программы", $"{RuFormat.Money(planned)} {input.MoneyUnit}"),
            new KeyValueItem("Ответственный исполнитель (координатор) Программы", input.ResponsibleExecutorName),
            new KeyValueItem("Исполнители мероприятий Программы", p.CoExecutors.Count == 0 ? [RuFormat.Missing]
                : input.CoExecutorNames.Select(name => name + ";").ToList()),
            new KeyValueItem("Перечень нормативных правовых актов о внесении изменений в нормативный правовой акт, утвердивший Программу, принятых в отчетном году, с краткой характеристикой вносимых изменений",
                amendments.Count == 0 ? ["изменения не вносились"] : amendments),
        ];
    }

    private static ReportTable ResultsTable(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("name", ColumnKind.Text, 64), new ReportColumn("unit", ColumnKind.Text, 14), new ReportColumn("weight", ColumnKind.Text, 9),
                new ReportColumn("base", ColumnKind.Number, 17), new ReportColumn("plan", ColumnKind.Number, 17), new ReportColumn("actual", ColumnKind.Number, 17),
            ],
            [[new HeaderCell("Наименование показателя"), new HeaderCell("Единица измерения"), new HeaderCell("Вес"),
              new HeaderCell("Фактическое значение показателя на момент разработки муниципальной программы"),
              new HeaderCell($"Плановое значение показателя {input.Year} года"), new HeaderCell($"Фактическое значение показателя {input.Year} года")]]);
        var indicators = input.Indicators.ToList();
        var explicitWeights = input.Report?.WeightMode == WeightMode.Explicit
            ? input.Report.Weights.ToDictionary(w => w.IndicatorId, w => w.Weight) : null;
        var measured = indicators.Count(i => i.ValueFor(input.Period) is { NotMeasured: false });
        foreach (var i in indicators)
        {
            var value = i.ValueFor(input.Period);
            // Equal weights print as the paper form does, «1/37»; explicit ones as the number set in the report.
            var weight = value is null or { NotMeasured: true } ? RuFormat.Missing
                : explicitWeights is null ? $"1/{measured}"
                : explicitWeights.TryGetValue(i.Id, out var w) ? RuFormat.Number(w) : RuFormat.Missing;
            table.Add(i.Name, i.Unit, weight, i.BaseValue, FormCells.Planned(i, value),
                value is { NotMeasured: true } ? (ReportCell)(value.ActualNote ?? "не измерялся") : value?.Actual);
        }
        table.Footnote("Вес определяется в интервале от 0 до 1. Сумма весов всех показателей муниципальной программы должна быть равна 1.");
        table.Footnote("Если фактическое (плановое) значение показателя не может быть определено на конец года, показатель при распределении весов не учитывается.");
        return table.Build();
    }

    private static ReportTable ExecutionTable(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [new ReportColumn("name", ColumnKind.Text, 45), new ReportColumn("done", ColumnKind.Text, 60),
             new ReportColumn("reason", ColumnKind.Text, 24), new ReportColumn("problems", ColumnKind.Text, 24)],
            [[new HeaderCell("Наименование муниципальной программы, мероприятия"),
              new HeaderCell("Фактически проведенные мероприятия, направленные на достижение запланированных результатов"),
              new HeaderCell("Причина невыполнения запланированных мероприятий"), new HeaderCell("Проблемы, возникшие при реализации мероприятия")]]);
        var executions = input.Report?.ActivityExecutions.ToDictionary(x => x.ActivityId) ?? [];
        foreach (var a in input.Activities.InOrder)
        {
            executions.TryGetValue(a.Id, out var x);
            table.Add(a.Name, x?.Done ?? RuFormat.Missing, x?.NotDoneReason ?? RuFormat.Missing, x?.Problems ?? RuFormat.Missing);
        }
        return table.Build();
    }

    private static ReportTable FundingTable(ProgramFormInput input)
    {
        var lines = input.FundingOfPeriod.ToList();
        var sources = input.SourcesUsed(lines).Where(s => s != FundingSource.Settlements || lines.Any(l => l.Source == s)).ToList();
        if (!sources.Contains(FundingSource.Federal)) sources.Insert(0, FundingSource.Federal);
        if (!sources.Contains(FundingSource.Regional)) sources.Insert(1, FundingSource.Regional);
        if (!sources.Contains(FundingSource.ExtraBudgetary)) sources.Add(FundingSource.ExtraBudgetary);
        var names = input.Municipality.BudgetNames;
        var columns = new List<ReportColumn> { new("n", ColumnKind.Text, 5), new("name", ColumnKind.Text, 46) };
        foreach (var part in new[] { "plan", "fact" })
        {
            columns.Add(new ReportColumn($"{part}-all", ColumnKind.Money, 15, Summable: true));
            columns.AddRange(sources.Select(s => new ReportColumn($"{part}-{s}", ColumnKind.Money, 14, Summable: true)));
        }
        var sourceHeaders = sources.Select(s => new HeaderCell(names.For(s) + (s == FundingSource.Regional ? "*" : ""))).ToList();
        var table = new TableBuilder(columns,
        [
            [new HeaderCell("№ п/п", RowSpan: 3), new HeaderCell("Наименование направления, мероприятия", RowSpan: 3),
             new HeaderCell($"Планируемое финансирование мероприятий ({input.MoneyUnit})", ColSpan: sources.Count + 1),
             new HeaderCell($"Фактическое финансирование мероприятий ({input.MoneyUnit})", ColSpan: sources.Count + 1)],
            [new HeaderCell("Всего", RowSpan: 2), new HeaderCell("в том числе по источникам финансирования", ColSpan: sources.Count),
             new HeaderCell("Всего", RowSpan: 2), new HeaderCell("в том числе по источникам финансирования", ColSpan: sources.Count)],
            [.. sourceHeaders, .. sourceHeaders],
        ]);
        var rows = new List<int>();
        var n = 0;
        foreach (var a in input.Activities.Roots)
        {
            var ids = input.Activities.IdsUnder([a]);
            var totals = FundingTotals.Of(lines.Where(l => ids.Contains(l.ActivityId)));
            var cells = new List<ReportCell> { $"{++n}", a.Name };
            cells.AddRange(Part(totals.PlannedBySource, sources));
            cells.AddRange(Part(totals.ActualBySource, sources));
            rows.Add(table.Add([.. cells]));
        }
        table.Total(RowKind.Total, rows, ["", "Всего"]);
        table.Footnote("* в случае если средства федерального бюджета предоставляются из областного бюджета, их следует указать отдельно");
        return table.Build();
    }

    /// <summary>«Всего» and one cell per source; a source with nothing prints as a dash, as on paper.</summary>
    private static IEnumerable<ReportCell> Part(IReadOnlyDictionary<FundingSource, decimal> bySource, IReadOnlyList<FundingSource> sources)
    {
        yield return sources.Sum(s => bySource[s]);
        foreach (var s in sources) yield return bySource[s] == 0 ? ReportCell.Empty : bySource[s];
    }
}
