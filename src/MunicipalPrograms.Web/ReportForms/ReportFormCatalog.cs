namespace MunicipalPrograms.Web.ReportForms;

public enum FormScope { Program, AllPrograms }

/// <summary>A printable form: its slug in URLs, its Russian title, and what it needs.</summary>
public sealed record FormDefinition(string Code, string Title, FormScope Scope, bool HasYear);

/// <summary>Every form the portal prints, in the order the screens list them.</summary>
public static class ReportFormCatalog
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new("annual-report", "Годовой отчет (приложение 9)", FormScope.Program, true),
        new("evaluation", "Оценка эффективности (приложение 10)", FormScope.Program, true),
        new("report-three-sections", "Отчет о ходе реализации (три раздела)", FormScope.Program, true),
        new("form1-indicators", "Форма 1. Достигнутые значения показателей", FormScope.Program, true),
        new("form2-expenses", "Форма 2. Расходы на реализацию", FormScope.Program, true),
        new("form3-amendments", "Форма 3. Внесенные изменения", FormScope.Program, true),
        new("passport", "Паспорт программы (приложение 1)", FormScope.Program, false),
        new("activities", "Перечень мероприятий (приложение 2)", FormScope.Program, false),
        new("capital-objects", "Объекты капитального строительства (приложение 3)", FormScope.Program, false),
        new("subprogram-passports", "Паспорта подпрограмм (приложение 4)", FormScope.Program, false),
        new("indicators", "Перечень показателей (приложение 5)", FormScope.Program, false),
        new("indicator-passports", "Паспорта показателей (приложение 6)", FormScope.Program, false),
        new("resource-needs", "Потребность в ресурсах (приложение 7)", FormScope.Program, false),
        new("consolidated", "Сводный аналитический отчет (п. 4.9)", FormScope.AllPrograms, true),
        new("registry", "Перечень муниципальных программ (приложение 8)", FormScope.AllPrograms, false),
    ];

    public static FormDefinition? Find(string code) => All.FirstOrDefault(f => f.Code == code);

    public static IEnumerable<FormDefinition> OfScope(FormScope scope) => All.Where(f => f.Scope == scope);
}
