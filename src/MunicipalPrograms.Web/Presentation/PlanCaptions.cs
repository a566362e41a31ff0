using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.Presentation;

/// <summary>
/// A program plan's changes as people read them: captions of the <see cref="PlanField"/> codes, of the plan's areas
/// and of drafts; Russian forms of the diff's invariant values (department ids as names).
/// </summary>
public static class PlanCaptions
{
    private static readonly Dictionary<string, string> Fields = new()
    {
        [PlanField.Name] = "Наименование", [PlanField.Code] = "Код (номер)", [PlanField.RegistryCode] = "Код в реестре",
        [PlanField.StartYear] = "Год начала", [PlanField.EndYear] = "Год окончания",
        [PlanField.ResponsibleExecutor] = "Ответственный исполнитель", [PlanField.CoExecutors] = "Соисполнители",
        [PlanField.Curator] = "Куратор", [PlanField.Customer] = "Заказчик",
        [PlanField.SocioEconomicGoal] = "Цель социально-экономического развития", [PlanField.CurrentState] = "Характеристика текущего состояния",
        [PlanField.Risks] = "Риски", [PlanField.Management] = "Механизм управления", [PlanField.Stages] = "Этапы и сроки реализации",
        [PlanField.ExpectedResults] = "Ожидаемые результаты", [PlanField.Subprogram] = "Подпрограмма", [PlanField.Goal] = "Цель",
        [PlanField.Objective] = "Задача", [PlanField.Activity] = "Мероприятие", [PlanField.Parent] = "Основное мероприятие",
        [PlanField.Unit] = "Единица измерения", [PlanField.Kind] = "Вид", [PlanField.Direction] = "Направленность",
        [PlanField.TargetKind] = "Вид планового значения", [PlanField.BaseValue] = "Базовое значение", [PlanField.BaseYear] = "Базовый год",
        [PlanField.CalculationMethod] = "Методика расчета", [PlanField.StructureCode] = "Код бюджетной классификации",
        [PlanField.PlannedStart] = "Начало", [PlanField.PlannedEnd] = "Окончание", [PlanField.IsInvestment] = "Инвестиционное",
        [PlanField.Executors] = "Исполнители", [PlanField.Planned] = "Плановое значение",
        [PlanField.PassportNumber] = "Номер паспорта показателя", [PlanField.ResponsiblePerson] = "Ответственный за формирование показателя",
        [PlanField.FormationProcedure] = "Порядок формирования показателя", [PlanField.MonitoringDescription] = "Описание системы мониторинга",
        [PlanField.BaseMeasures] = "Базовые показатели", [PlanField.Capacity] = "Проектная мощность",
        [PlanField.ConstructionStart] = "Начало строительства", [PlanField.ConstructionEnd] = "Окончание строительства",
        [PlanField.ApprovedDesign] = "Утвержденная ПСД", [PlanField.Ownership] = "Форма собственности",
        [PlanField.CostDesignPrices] = "Сметная стоимость в ценах ПСД", [PlanField.CostBasePrices] = "Сметная стоимость в ценах года начала",
        [PlanField.RemainingDesignPrices] = "Остаток в ценах ПСД", [PlanField.RemainingBasePrices] = "Остаток в ценах года начала",
    };

    private static readonly HashSet<string> MoneyFields =
        [PlanField.CostDesignPrices, PlanField.CostBasePrices, PlanField.RemainingDesignPrices, PlanField.RemainingBasePrices];

    public static string Field(string code) =>
        code.StartsWith("funding:", StringComparison.Ordinal) ? "Финансирование"
        : code.StartsWith("resource:", StringComparison.Ordinal) && Enum.TryParse<ResourceKind>(code["resource:".Length..], out var kind) ? Of(kind)
        : Fields.GetValueOrDefault(code, code);

    /// <summary>The groups of Appendix 7.</summary>
    public static string Of(ResourceKind kind) => Domain.ReportForms.Builders.ResourceNeedsForm.Caption(kind);

    public static string Of(PlanArea area) => area switch
    {
        PlanArea.Passport => "Паспорт",
        PlanArea.Subprogram => "Подпрограммы",
        PlanArea.Goal => "Цели",
        PlanArea.Objective => "Задачи",
        PlanArea.Indicator => "Показатели",
        PlanArea.PlannedValue => "Плановые значения показателей",
        PlanArea.Activity => "Мероприятия",
        PlanArea.Funding => "Финансирование",
        PlanArea.IndicatorPassport => "Паспорта показателей",
        PlanArea.CapitalObject => "Объекты капитального строительства",
        PlanArea.ResourceNeed => "Потребность в ресурсах",
        _ => area.ToString(),
    };

    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "добавлено",
        ChangeKind.Removed => "исключено",
        _ => "изменено",
    };

    public static string Of(DraftKind kind) => kind == DraftKind.Initial ? "Проект программы" : "Проект изменений";

    public static string Of(DraftStatus status) => status switch
    {
        DraftStatus.Editing => "редактируется",
        DraftStatus.UnderReview => "на согласовании",
        DraftStatus.Returned => "возвращен на доработку",
        DraftStatus.Agreed => "согласован",
        _ => status.ToString(),
    };

    public static string Period(ReportingPeriod? period) => period is { } p ? p.Caption() : "";

    /// <summary>A stored value of a field in Russian: numbers with a decimal comma, dates, flags, departments by name.</summary>
    public static string Value(string? field, string? stored, IReadOnlyDictionary<int, string> departments)
    {
        if (stored is null) return "—";
        switch (field)
        {
            case PlanField.ResponsibleExecutor or PlanField.CoExecutors or PlanField.Executors:
                return string.Join("; ", stored.Split(',').Select(id => int.TryParse(id, out var n) ? departments.GetValueOrDefault(n, id) : id));
            case PlanField.BaseValue:
                return AuditValue.ReadNumber(stored) is { } n1 ? RuFormat.Number(n1) : stored;
            case PlanField.Planned:
                return string.Join(" … ", stored.Split("..").Select(s => AuditValue.ReadNumber(s) is { } v ? RuFormat.Number(v) : s));
            case PlanField.PlannedStart or PlanField.PlannedEnd:
                return AuditValue.ReadDate(stored) is { } d ? RuFormat.Date(d) : stored;
            case PlanField.IsInvestment or PlanField.ApprovedDesign:
                return RuFormat.YesNo(AuditValue.ReadFlag(stored));
            case PlanField.Direction:
                return Enum.TryParse<Direction>(stored, out var dir) ? Captions.Of(dir) : stored;
            case PlanField.Kind:
                return Enum.TryParse<IndicatorKind>(stored, out var k) ? Captions.Of(k)
                    : stored == nameof(ActivityKind.MainActivity) ? "основное мероприятие" : stored == nameof(ActivityKind.Activity) ? "мероприятие" : stored;
            case not null when (MoneyFields.Contains(field) || field.StartsWith("funding:", StringComparison.Ordinal)) && AuditValue.ReadNumber(stored) is { } m:
                return RuFormat.Money(m);
            case not null when field.StartsWith("resource:", StringComparison.Ordinal) && AuditValue.ReadNumber(stored) is { } amount:
                return RuFormat.Number(amount);
            default:
                return stored;
        }
    }
}
