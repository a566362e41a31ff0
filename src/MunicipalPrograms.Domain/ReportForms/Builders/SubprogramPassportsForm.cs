using System.Globalization;
using MunicipalPrograms.Domain.Programs;
using static MunicipalPrograms.Domain.ReportForms.Builders.ProgramDocument;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Appendix 4: one passport per subprogram, its funding from the activities under it.</summary>
public static class SubprogramPassportsForm
{
    public static ReportDocument Build(ProgramFormInput input)
    {
        var sections = input.Program.Subprograms.OrderBy(s => s.SortOrder).Select(s => (ReportSection)Passport(input, s)).ToList();
        if (sections.Count == 0) sections.Add(new TextSection(null, ["Подпрограммы в составе муниципальной программы не выделены."]));
        return DocumentHeader.For(FormRegistry.SubprogramPassports, input, "Паспорта подпрограмм") with { Sections = sections };
    }

    private static KeyValueSection Passport(ProgramFormInput input, Subprogram s)
    {
        var ids = input.Activities.IdsUnder(input.Program.Activities.Where(a => a.SubprogramId == s.Id));
        var period = s.StartYear is { } from ? $"{from}–{s.EndYear?.ToString(CultureInfo.InvariantCulture) ?? "…"} годы" : input.Program.PeriodCaption();
        return new KeyValueSection($"Паспорт подпрограммы {s.Code} «{s.Name}»",
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
        ]);
    }
}
