using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>Appendix 8: the list of a municipality's programs with their responsible executors and directions.</summary>
public static class ProgramListForm
{
    public static ReportDocument Build(IReadOnlyList<MunicipalProgram> programs)
    {
        var table = new TableBuilder(
            [new ReportColumn("n", ColumnKind.Text, 6), new ReportColumn("code", ColumnKind.Text, 12), new ReportColumn("name", ColumnKind.Text, 50),
             new ReportColumn("period", ColumnKind.Text, 14), new ReportColumn("executor", ColumnKind.Text, 36), new ReportColumn("directions", ColumnKind.Text, 60)],
            [[new HeaderCell("№ п/п"), new HeaderCell("Код"), new HeaderCell("Наименование муниципальной программы"), new HeaderCell("Срок реализации"),
              new HeaderCell("Ответственный исполнитель муниципальной программы"), new HeaderCell("Основные направления реализации муниципальной программы")]]) { NumberedColumns = true };
        var n = 0;
        foreach (var group in programs.GroupBy(p => p.Municipality?.Name ?? RuFormat.Missing))
        {
            table.Group(group.Key);
            foreach (var p in group)
                table.Add($"{++n}", p.RegistryCode, p.Name, p.PeriodCaption(), p.ResponsibleExecutor?.Name ?? RuFormat.Missing,
                    string.Join("; ", p.Goals.OrderBy(g => g.SortOrder).Select(g => g.Name)));
        }
        var single = programs.Select(p => p.Municipality?.Name).Distinct().Count() == 1 ? programs[0].Municipality!.Name : null;
        return DocumentHeader.For(FormRegistry.ProgramList, ["Перечень муниципальных программ", single ?? "всех муниципальных образований портала"],
            year: null, appendixFor: single ?? "муниципального образования") with
        {
            Sections = [new TableSection(null, table.Build())],
        };
    }
}
