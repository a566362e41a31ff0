using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.ReportForms.Builders;

namespace MunicipalPrograms.Domain.ReportForms;

/// <summary>
/// Every form the portal prints, in the order the screens list them: the one place that says a form's
/// code, titles, appendix, scope, what it reads and which builder makes it. The screens' lists of
/// exports, the dispatch of /forms/… and the builders' document headers all read these entries.
/// </summary>
public static class FormRegistry
{
    public static readonly ProgramFormDefinition AnnualReport = new("annual-report",
        "Годовой отчет (приложение 9)", "Годовой отчет", 9, ProgramData.Period, AnnualReportForm.Build, FormPeriods.Year);

    public static readonly ProgramFormDefinition Evaluation = new("evaluation",
        "Оценка эффективности (приложение 10)", "Оценка эффективности", 10, ProgramData.Period, EvaluationForm.Build, FormPeriods.Year);

    public static readonly ProgramFormDefinition ThreeSectionReport = new("report-three-sections",
        "Отчет о ходе реализации (три раздела)", "Отчет о ходе реализации", null, ProgramData.Period, AleksinReportForm.Build, FormPeriods.Year);

    public static readonly ProgramFormDefinition InterimMonitoring = new("interim-monitoring",
        "Сводный отчет о ходе реализации за период (мониторинг)", "Сводный отчет за период", null, ProgramData.Period, InterimMonitoringForm.Build, FormPeriods.Interim);

    public static readonly ProgramFormDefinition IndicatorAchievement = new("form1-indicators",
        "Форма 1. Достигнутые значения показателей", "Форма 1 Показатели", null, ProgramData.Period, IndicatorAchievementForm.Build);

    public static readonly ProgramFormDefinition ExpensesByStructure = new("form2-expenses",
        "Форма 2. Расходы на реализацию", "Форма 2 Расходы", null, ProgramData.Period, ExpensesByStructureForm.Build);

    public static readonly ProgramFormDefinition Amendments = new("form3-amendments",
        "Форма 3. Внесенные изменения", "Форма 3 Изменения", null, ProgramData.Period, AmendmentsForm.Build);

    public static readonly ProgramFormDefinition Passport = new("passport",
        "Паспорт программы (приложение 1)", "Паспорт программы", 1, ProgramData.WholeProgram, PassportForm.Build);

    public static readonly ProgramFormDefinition Activities = new("activities",
        "Перечень мероприятий (приложение 2)", "Перечень мероприятий", 2, ProgramData.WholeProgram, ActivitiesForm.Build);

    public static readonly ProgramFormDefinition CapitalObjects = new("capital-objects",
        "Объекты капитального строительства (приложение 3)", "Объекты капстроительства", 3, ProgramData.WholeProgram, CapitalObjectsForm.Build);

    public static readonly ProgramFormDefinition SubprogramPassports = new("subprogram-passports",
        "Паспорта подпрограмм (приложение 4)", "Паспорта подпрограмм", 4, ProgramData.WholeProgram, SubprogramPassportsForm.Build);

    public static readonly ProgramFormDefinition IndicatorsByYear = new("indicators",
        "Перечень показателей (приложение 5)", "Перечень показателей", 5, ProgramData.WholeProgram, IndicatorsByYearForm.Build);

    public static readonly ProgramFormDefinition IndicatorPassports = new("indicator-passports",
        "Паспорта показателей (приложение 6)", "Паспорта показателей", 6, ProgramData.WholeProgram, IndicatorPassportsForm.Build);

    public static readonly ProgramFormDefinition ResourceNeeds = new("resource-needs",
        "Потребность в ресурсах (приложение 7)", "Потребность в ресурсах", 7, ProgramData.WholeProgram, ResourceNeedsForm.Build);

    public static readonly AllProgramsFormDefinition<ConsolidatedInput> Consolidated = new("consolidated",
        "Сводный аналитический отчет (п. 4.9)", "Сводный аналитический отчет", null, HasYear: true, ConsolidatedReportForm.Build);

    public static readonly AllProgramsFormDefinition<IReadOnlyList<MunicipalProgram>> ProgramList = new("registry",
        "Перечень муниципальных программ (приложение 8)", "Перечень программ", 8, HasYear: false, ProgramListForm.Build);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        AnnualReport, Evaluation, ThreeSectionReport, InterimMonitoring, IndicatorAchievement, ExpensesByStructure, Amendments,
        Passport, Activities, CapitalObjects, SubprogramPassports, IndicatorsByYear, IndicatorPassports, ResourceNeeds,
        Consolidated, ProgramList,
    ];

    public static FormDefinition? Find(string code) => All.FirstOrDefault(f => f.Code == code);

    public static IEnumerable<FormDefinition> OfScope(FormScope scope) => All.Where(f => f.Scope == scope);

    /// <summary>
    /// The forms of one program's reporting period of this kind: what the report and evaluation screens offer — a
    /// half-year report prints its monitoring form, not the annual report.
    /// </summary>
    public static IEnumerable<ProgramFormDefinition> OfPeriod(Common.PeriodKind kind) =>
        All.OfType<ProgramFormDefinition>().Where(f => f.Data == ProgramData.Period && f.IsFor(kind));
}
