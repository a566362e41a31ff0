using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// Form 2 (Кедровый): expenses by program structure code (МП, Пп, ОМ, М) and by executor — plan for
/// the year, plan for the period, cash execution and the percentages, every «Всего» computed from rows.
/// </summary>
public static class ExpensesByStructureForm
{
    public static ReportDocument Build(ProgramFormInput input) =>
        DocumentHeader.For(FormRegistry.ExpensesByStructure, input, "Отчет о реализации муниципальной программы",
            "Форма 2. Отчет о расходах на реализацию муниципальной программы") with
        {
            Sections = [new TableSection(null, Table(input))],
            Signature = input.Signature,
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
            [code[0], code[1], code[2], code[3], name, "Всего", year, period, cash, FormCells.Percent(cash, year), FormCells.Percent(cash, period), reason],
            level, Enumerable.Range(first, executors.Count).ToList()));
        foreach (var e in executors)
            table.Add(level, "", "", "", "", "", e.Name, e.Year, e.Period, e.Cash, FormCells.Percent(e.Cash, e.Year), FormCells.Percent(e.Cash, e.Period), "");
    }

    /// <summary>"04 0 02 3" → the four code columns; falls back to the program's registry code.</summary>
    private static string[] Split(string? structureCode, string fallback, int depth)
    {
        var parts = structureCode?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is { Length: 4 }) return depth == 0 ? [parts[0], "0", "0", "0"] : parts;
        return depth == 0 ? [fallback, "", "", ""] : ["", "", "", fallback];
    }
}
