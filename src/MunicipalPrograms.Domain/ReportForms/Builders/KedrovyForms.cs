using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// Form 1 of the layout used by Кедровый (seed 001): indicator values grouped by goal and objective,
/// with the absolute deviation, percent of plan and growth against last year recomputed from the
/// values (the source's own derived cells have mistakes).
/// </summary>
public static class IndicatorAchievementForm
{
    public const string Code = "form1-indicators";

    public static ReportDocument Build(ProgramFormInput input) => new()
    {
        FormCode = Code,
        FormName = "Форма 1 Показатели",
        Title = ["Отчет о реализации муниципальной программы", input.Title, $"за {input.Period.Caption()}",
                 "Форма 1. Отчет о достигнутых значениях показателей цели и задач муниципальной программы (подпрограмм)"],
        Sections = [new TableSection(null, Table(input))],
        Signature = input.Signature,
        ProgramCode = input.Program.RegistryCode,
        ProgramName = input.Program.Name,
        Year = input.Year,
    };

    private static ReportTable Table(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("name", ColumnKind.Text, 44), new ReportColumn("unit", ColumnKind.Text, 9),
                new ReportColumn("previous", ColumnKind.Number, 13), new ReportColumn("plan", ColumnKind.Number, 12), new ReportColumn("actual", ColumnKind.Number, 12),
                new ReportColumn("deviation", ColumnKind.Number, 12), new ReportColumn("percent", ColumnKind.Percent, 12), new ReportColumn("growth", ColumnKind.Percent, 12),
                new ReportColumn("reason", ColumnKind.Text, 30), new ReportColumn("calculation", ColumnKind.Text, 22),
            ],
            [
                [new HeaderCell("№ пп", RowSpan: 2), new HeaderCell("Наименование показателя", RowSpan: 2), new HeaderCell("Ед. измерения", RowSpan: 2),
                 new HeaderCell("Значение показателя", ColSpan: 3), new HeaderCell("Абсолютное отклонение факта от плана", RowSpan: 2),
                 new HeaderCell("Относительное отклонение факта от плана, %", RowSpan: 2), new HeaderCell("Темп роста к уровню прошлого года, %", RowSpan: 2),
                 new HeaderCell("Обоснование отклонений значений целевого показателя (индикатора) на конец отчетного периода", RowSpan: 2),
                 new HeaderCell("Расчет значения показателя на конец отчетного периода", RowSpan: 2)],
                [new HeaderCell("факт на начало отчетного периода (за прошлый год)"), new HeaderCell("план на конец отчетного (текущего) года"),
                 new HeaderCell("факт на конец отчетного периода")],
            ]) { NumberedColumns = true };
        var indicators = input.Indicators.ToList();
        var goals = input.Program.Goals.OrderBy(g => g.SortOrder).ToList();
        foreach (var goal in goals)
        {
            AddGroup(table, input, $"Показатели цели «{goal.Name}»", indicators.Where(i => i.GoalId == goal.Id && i.ObjectiveId is null));
            foreach (var (objective, k) in goal.Objectives.OrderBy(o => o.SortOrder).Select((o, k) => (o, k + 1)))
                AddGroup(table, input, $"Показатели задачи {k} «{objective.Name}»", indicators.Where(i => i.ObjectiveId == objective.Id));
        }
        var grouped = goals.SelectMany(g => g.Objectives.Select(o => (int?)o.Id)).ToHashSet();
        AddGroup(table, input, "Прочие показатели", indicators.Where(i => !(i.ObjectiveId is { } o && grouped.Contains(o)) && !goals.Any(g => g.Id == i.GoalId && i.ObjectiveId is null)));
        table.Footnote("Графы 7–9 рассчитаны порталом по значениям граф 4–6: 7 = 6 − 5; 8 = 6 / 5 × 100; 9 = 6 / 4 × 100 (не рассчитывается, если делитель равен нулю или значение не измерялось).");
        return table.Build();
    }

    private static void AddGroup(TableBuilder table, ProgramFormInput input, string caption, IEnumerable<Indicator> indicators)
    {
        var list = indicators.ToList();
        if (list.Count == 0) return;
        table.Group(caption);
        var n = 0;
        foreach (var i in list) AddIndicator(table, input, i, ++n);
    }

    private static void AddIndicator(TableBuilder table, ProgramFormInput input, Indicator i, int n)
    {
        var value = i.ValueFor(input.Period);
        var previous = i.ValueFor(Common.ReportingPeriod.AnnualOf(input.Year - 1));
        var d = IndicatorDeviation.Of(ProgramInputBuilder.ToInput(i, input.Period, new Dictionary<int, decimal>()));
        ReportCell previousCell = previous is { NotMeasured: true } ? previous.ActualNote ?? "не измерялся" : previous?.Actual;
        table.Add($"{n}", i.Name, i.Unit, previousCell, AnnualReportForm.Planned(i, value), value?.Actual,
            d.AbsoluteDeviation, Round(d.PercentOfPlan), Round(d.GrowthRate),
            value?.DeviationReason ?? (d.PlanMet == false ? "обоснование не представлено" : ""), value?.Calculation ?? i.CalculationMethod ?? "");
    }

    private static decimal? Round(decimal? v) => v is { } x ? Math.Round(x, 2) : null;
}

/// <summary>
/// Form 2 (Кедровый): expenses by program structure code (МП, Пп, ОМ, М) and by executor — plan for
/// the year, plan for the period, cash execution and the percentages, every «Всего» computed from rows.
/// </summary>
public static class ExpensesByStructureForm
{
    public const string Code = "form2-expenses";

    public static ReportDocument Build(ProgramFormInput input) => new()
    {
        FormCode = Code,
        FormName = "Форма 2 Расходы",
        Title = ["Отчет о реализации муниципальной программы", input.Title, $"за {input.Period.Caption()}",
                 "Форма 2. Отчет о расходах на реализацию муниципальной программы"],
        Sections = [new TableSection(null, Table(input))],
        Signature = input.Signature,
        MoneyUnitCaption = input.MoneyUnit,
        ProgramCode = input.Program.RegistryCode,
        ProgramName = input.Program.Name,
        Year = input.Year,
    };

    private static ReportTable Table(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [
                new ReportColumn("mp", ColumnKind.Text, 5), new ReportColumn("pp", ColumnKind.Text, 4), new ReportColumn("om", ColumnKind.Text, 5),
                new ReportColumn("m", ColumnKind.Text, 4), new ReportColumn("name", ColumnKind.Text, 42), new ReportColumn("executor", ColumnKind.Text, 26),
                new ReportColumn("year", ColumnKind.Money, 13, Summable: true), new ReportColumn("period", ColumnKind.Money, 13, Summable: true),
                new ReportColumn("cash", ColumnKind.Money, 13, Summable: true), new ReportColumn("toYear", ColumnKind.Percent, 11),
                new ReportColumn("toPeriod", ColumnKind.Percent, 11), new ReportColumn("reason", ColumnKind.Text, 30),
            ],
            [
                [new HeaderCell("Коды аналитической программной классификации", ColSpan: 4),
                 new HeaderCell("Наименование муниципальной программы, подпрограммы, основного мероприятия", RowSpan: 2),
                 new HeaderCell("Ответственный исполнитель, соисполнитель", RowSpan: 2),
                 new HeaderCell($"Расходы бюджета, {input.MoneyUnit}", ColSpan: 3), new HeaderCell("Кассовые расходы, %", ColSpan: 2),
                 new HeaderCell("Обоснование отклонений", RowSpan: 2)],
                [new HeaderCell("МП"), new HeaderCell("Пп"), new HeaderCell("ОМ"), new HeaderCell("М"),
                 new HeaderCell("план на отчетный год"), new HeaderCell("план на отчетный период"),
                 new HeaderCell("кассовое исполнение на конец отчетного периода"),
                 new HeaderCell("к плану на отчетный год"), new HeaderCell("к плану на отчетный период")],
            ]);
        var lines = input.FundingOfPeriod.ToList();
        var reasons = input.Report?.ActivityExecutions.Where(x => !string.IsNullOrWhiteSpace(x.NotDoneReason))
            .ToDictionary(x => x.ActivityId, x => x.NotDoneReason!) ?? [];

        // Leaf rows (activity × executor) first, in a scratch pass, so every «Всего» can refer to them.
        var program = input.Program;
        var programCode = Split(program.Activities.Select(a => a.StructureCode).FirstOrDefault(c => c is not null), program.RegistryCode, 0);
        var plan = new List<(string[] Code, string Name, Activity? Activity, int Level, int? Objective)>();
        plan.Add((programCode, $"Муниципальная программа «{program.Name}»", null, 0, null));
        foreach (var a in input.Activities.InOrder)
            plan.Add((Split(a.StructureCode, a.Code, 1), a.Kind == Common.ActivityKind.MainActivity ? $"Основное мероприятие «{a.Name}»" : a.Name, a, a.Kind == Common.ActivityKind.MainActivity ? 1 : 2, a.ObjectiveId));

        var objectives = program.Goals.SelectMany(g => g.Objectives).OrderBy(o => o.SortOrder).Select((o, k) => (o, k + 1)).ToDictionary(x => x.o.Id, x => $"Задача {x.Item2}. {x.o.Name}");
        int? currentObjective = null;
        foreach (var (code, name, activity, level, objective) in plan)
        {
            if (activity?.ParentId is null && objective is { } oid && oid != currentObjective && objectives.TryGetValue(oid, out var caption))
            {
                table.Group(caption);
                currentObjective = oid;
            }
            var ids = activity is null ? program.Activities.Select(a => a.Id).ToHashSet() : input.Activities.IdsUnder([activity]);
            AddElement(table, input, code, name, lines.Where(l => ids.Contains(l.ActivityId)).ToList(),
                activity is not null && reasons.TryGetValue(activity.Id, out var r) ? r : activity is null ? string.Join("; ", reasons.Values.Distinct()) : "", level);
        }
        table.Footnote("Проценты кассового исполнения рассчитаны порталом; при нулевом плане процент не определяется («–»).");
        return table.Build();
    }

    private static void AddElement(TableBuilder table, ProgramFormInput input, string[] code, string name, List<Funding.FundingLine> lines, string reason, int level)
    {
        // «Всего» first (as on paper), then one row per executor; «Всего» adds up the executor rows.
        var executors = lines.GroupBy(l => l.ExecutorId).OrderBy(g => input.DepartmentName(g.Key))
            .Select(g => (Name: input.DepartmentName(g.Key), Year: g.Sum(l => l.Planned),
                Period: g.Sum(l => l.PeriodPlanned ?? l.Planned), Cash: g.Sum(l => l.Actual ?? 0m))).ToList();
        var first = table.Count + 1;
        decimal year = executors.Sum(e => e.Year), period = executors.Sum(e => e.Period), cash = executors.Sum(e => e.Cash);
        table.AddRow(new ReportRow(RowKind.Subtotal,
            [code[0], code[1], code[2], code[3], name, "Всего", year, period, cash, Percent(cash, year), Percent(cash, period), reason],
            level, Enumerable.Range(first, executors.Count).ToList()));
        foreach (var e in executors)
            table.Add(level, "", "", "", "", "", e.Name, e.Year, e.Period, e.Cash, Percent(e.Cash, e.Year), Percent(e.Cash, e.Period), "");
    }

    private static ReportCell Percent(decimal part, decimal whole) => whole == 0 ? RuFormat.Missing : (ReportCell)Math.Round(part / whole * 100m, 2);

    /// <summary>"04 0 02 3" → the four code columns; falls back to the program's registry code.</summary>
    private static string[] Split(string? structureCode, string fallback, int depth)
    {
        var parts = structureCode?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is { Length: 4 }) return depth == 0 ? [parts[0], "0", "0", "0"] : parts;
        return depth == 0 ? [fallback, "", "", ""] : ["", "", "", fallback];
    }
}

/// <summary>Form 3 (Кедровый): amendments made to the program during the reporting period.</summary>
public static class AmendmentsForm
{
    public const string Code = "form3-amendments";

    public static ReportDocument Build(ProgramFormInput input)
    {
        var table = new TableBuilder(
            [new ReportColumn("n", ColumnKind.Text, 5), new ReportColumn("kind", ColumnKind.Text, 45), new ReportColumn("date", ColumnKind.Date, 14),
             new ReportColumn("number", ColumnKind.Text, 10), new ReportColumn("summary", ColumnKind.Text, 70)],
            [[new HeaderCell("№ пп"), new HeaderCell("Вид правового акта"), new HeaderCell("Дата принятия"), new HeaderCell("Номер"),
              new HeaderCell("Суть изменений (краткое изложение)")]]);
        // The report is written after the year ends: acts adopted up to its deadline belong to it too.
        var until = Reports.ReportDeadline.For(input.Period);
        var from = new DateOnly(input.Year, 1, 1);
        var n = 0;
        foreach (var a in input.Program.Amendments.Where(a => a.Act.Date is { } d && d >= from && d <= until).OrderBy(a => a.Act.Date))
            table.Add($"{++n}", string.IsNullOrWhiteSpace(a.Act.Issuer) ? a.Act.Kind : $"{a.Act.Kind} {a.Act.Issuer}",
                new ReportCell(Date: a.Act.Date), a.Act.Number ?? RuFormat.Missing, a.Summary);
        if (n == 0) table.Add(RuFormat.Missing, "Изменения в отчетном периоде не вносились", ReportCell.Empty, "", "");
        return new ReportDocument
        {
            FormCode = Code,
            FormName = "Форма 3 Изменения",
            Title = ["Отчет о реализации муниципальной программы", input.Title, $"за {input.Period.Caption()}",
                     "Форма 3. Сведения о внесенных за отчетный период изменениях в муниципальную программу"],
            Sections = [new TableSection(null, table.Build())],
            Signature = input.Signature,
            ProgramCode = input.Program.RegistryCode,
            ProgramName = input.Program.Name,
            Year = input.Year,
        };
    }
}
