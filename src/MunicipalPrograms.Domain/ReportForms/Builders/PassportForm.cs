using MunicipalPrograms.Domain.Common;
using static MunicipalPrograms.Domain.ReportForms.Builders.ProgramDocument;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Appendix 1: the passport of the program, with its funding by years and sources.</summary>
public static class PassportForm
{
    public static ReportDocument Build(ProgramFormInput input)
    {
        var p = input.Program;
        var goals = p.Goals.OrderBy(g => g.SortOrder).ToList();
        return DocumentHeader.For(FormRegistry.Passport, input, "Паспорт муниципальной программы") with
        {
            Sections =
            [
                new KeyValueSection(null,
                [
                    new KeyValueItem("Наименование муниципальной программы", p.Name),
                    new KeyValueItem("Ответственный исполнитель муниципальной программы", input.ResponsibleExecutorName),
                    new KeyValueItem("Соисполнители муниципальной программы (при наличии)", p.CoExecutors.Count == 0 ? [RuFormat.Missing] : input.CoExecutorNames),
                    new KeyValueItem("Цель (цели) муниципальной программы", Lines(goals.Select(g => g.Name))),
                    new KeyValueItem("Задачи муниципальной программы", Lines(goals.SelectMany(g => g.Objectives.OrderBy(o => o.SortOrder)).Select(o => o.Name))),
                    new KeyValueItem("Целевые показатели муниципальной программы", Lines(input.Indicators.Select(i => $"{i.Name}, {i.Unit}"))),
                    new KeyValueItem("Программно-целевые инструменты муниципальной программы: перечень подпрограмм, основных мероприятий", Instruments(input)),
                    new KeyValueItem("Этапы и сроки реализации муниципальной программы", [p.PeriodCaption(), .. string.IsNullOrWhiteSpace(p.Stages) ? Array.Empty<string>() : [p.Stages]]),
                    new KeyValueItem($"Объемы финансирования муниципальной программы, в том числе по годам ({input.MoneyUnit})", FundingLines(input, Yearly(input).ToList())),
                    new KeyValueItem("Ожидаемые результаты реализации муниципальной программы и показатели социально-экономической эффективности", Lines(p.ExpectedResults)),
                ]),
            ],
        };
    }

    /// <summary>The subprograms, then the main activities at the top of the tree.</summary>
    private static List<string> Instruments(ProgramFormInput input) =>
        Lines(input.Program.Subprograms.OrderBy(s => s.SortOrder).Select(s => $"Подпрограмма {s.Code} «{s.Name}»")
            .Concat(input.Activities.Roots.Where(a => a.Kind == ActivityKind.MainActivity).Select(a => $"Основное мероприятие «{a.Name}»")));
}
