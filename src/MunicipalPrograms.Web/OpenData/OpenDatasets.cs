
namespace MunicipalPrograms.Web.OpenData;

/// <summary>
/// The one list of published datasets (ADR 0027): the open-data page, the CSV and the JSON files all read it. Enum values
/// are published as their stable code names (listed in the descriptions), numbers invariant with a dot, dates ISO 8601.
/// </summary>
public static class OpenDatasets
{
    private const string Period = "Отчетный период: Year — год, Quarter1 — I квартал, HalfYear — полугодие, NineMonths — 9 месяцев";
    private const string Program = "Код программы в реестре муниципального образования";
    private const string Municipality = "Код муниципального образования";

    public static readonly OpenDataset Programs = new OpenDataset<ProgramRow>("programs", "Муниципальные программы",
        "Утвержденные муниципальные программы (действует редакция, утвержденная правовым актом); проекты не публикуются.",
        (q, ct) => OpenDataQueries.Stream(q.ProgramsAsync(ct)),
        Column<ProgramRow>.Of("municipality_code", FieldType.Text, Municipality, r => r.MunicipalityCode),
        Column<ProgramRow>.Of("municipality_name", FieldType.Text, "Наименование муниципального образования", r => r.MunicipalityName),
        Column<ProgramRow>.Of("registry_code", FieldType.Text, Program, r => r.RegistryCode),
        Column<ProgramRow>.Of("name", FieldType.Text, "Наименование программы", r => r.Name),
        Column<ProgramRow>.Of("start_year", FieldType.Integer, "Год начала реализации", r => r.StartYear),
        Column<ProgramRow>.Of("end_year", FieldType.Integer, "Год окончания реализации (пусто — бессрочная)", r => r.EndYear),
        Column<ProgramRow>.Of("status", FieldType.Text,
            "Статус: Approved — утверждена, InForce — реализуется, Completed — завершена, TerminatedEarly — прекращена досрочно", r => r.Status),
        Column<ProgramRow>.Of("responsible_executor", FieldType.Text, "Ответственный исполнитель (подразделение или учреждение)", r => r.ResponsibleExecutor),
        Column<ProgramRow>.Of("socio_economic_goal", FieldType.Text, "Цель социально-экономического развития, на которую направлена программа", r => r.SocioEconomicGoal),
        Column<ProgramRow>.Of("version_number", FieldType.Integer, "Номер действующей редакции (1 — первоначальная)", r => r.VersionNumber),
        Column<ProgramRow>.Of("version_in_force_from", FieldType.Date, "Дата, с которой действует редакция (ГГГГ-ММ-ДД)", r => r.InForceFrom),
        Column<ProgramRow>.Of("act_kind", FieldType.Text, "Вид правового акта, утвердившего редакцию", r => r.ActKind),
        Column<ProgramRow>.Of("act_date", FieldType.Date, "Дата правового акта (ГГГГ-ММ-ДД)", r => r.ActDate),
        Column<ProgramRow>.Of("act_number", FieldType.Text, "Номер правового акта", r => r.ActNumber));

    public static readonly OpenDataset Indicators = new OpenDataset<IndicatorRow>("indicators", "Показатели: план и факт",
        "Плановые значения показателей утвержденных программ по годам и периодам; фактическое значение — только из принятого отчета.",
        (q, ct) => q.IndicatorsStream(),
        Column<IndicatorRow>.Of("municipality_code", FieldType.Text, Municipality, r => r.MunicipalityCode),
        Column<IndicatorRow>.Of("registry_code", FieldType.Text, Program, r => r.RegistryCode),
        Column<IndicatorRow>.Of("indicator_code", FieldType.Text, "Номер показателя в программе", r => r.IndicatorCode),
        Column<IndicatorRow>.Of("indicator_name", FieldType.Text, "Наименование показателя", r => r.IndicatorName),
        Column<IndicatorRow>.Of("unit", FieldType.Text, "Единица измерения", r => r.Unit),
        Column<IndicatorRow>.Of("kind", FieldType.Text, "Вид: Output — непосредственный результат, Outcome — конечный результат", r => r.Kind),
        Column<IndicatorRow>.Of("direction", FieldType.Text, "Желаемое направление: Increase — увеличение, Decrease — снижение", r => r.Direction),
        Column<IndicatorRow>.Of("year", FieldType.Integer, "Год", r => r.Year),
        Column<IndicatorRow>.Of("period", FieldType.Text, Period, r => r.Period),
        Column<IndicatorRow>.Of("planned", FieldType.Number, "Плановое значение (для диапазона — нижняя граница; да/нет — 1/0)", r => r.Planned),
        Column<IndicatorRow>.Of("planned_upper", FieldType.Number, "Верхняя граница планового диапазона (пусто — не диапазон)", r => r.PlannedUpper),
        Column<IndicatorRow>.Of("actual", FieldType.Number, "Фактическое значение из принятого отчета (пусто — отчет не принят или не измерено)", r => r.Actual));

    public static readonly OpenDataset Funding = new OpenDataset<FundingRow>("funding", "Финансирование: план и исполнение",
        "Объем финансирования утвержденных программ по годам, периодам и источникам; кассовое исполнение — только из принятого отчета.",
        (q, ct) => OpenDataQueries.Stream(q.FundingAsync(ct)),
        Column<FundingRow>.Of("municipality_code", FieldType.Text, Municipality, r => r.MunicipalityCode),
        Column<FundingRow>.Of("registry_code", FieldType.Text, Program, r => r.RegistryCode),
        Column<FundingRow>.Of("money_unit", FieldType.Text, "Единица сумм: Rubles — рубли, ThousandRubles — тысячи рублей", r => r.MoneyUnit),
        Column<FundingRow>.Of("year", FieldType.Integer, "Год", r => r.Year),
        Column<FundingRow>.Of("period", FieldType.Text, Period, r => r.Period),
        Column<FundingRow>.Of("source", FieldType.Text,
            "Источник: Federal — федеральный бюджет, Regional — областной бюджет, Local — местный бюджет, Settlements — бюджеты поселений, ExtraBudgetary — внебюджетные источники",
            r => r.Source),
        Column<FundingRow>.Of("planned", FieldType.Number, "Плановый объем финансирования (сумма по мероприятиям)", r => r.Planned),
        Column<FundingRow>.Of("actual", FieldType.Number, "Кассовое исполнение из принятого отчета (пусто — отчет не принят или нет данных)", r => r.Actual));

    public static readonly OpenDataset Evaluations = new OpenDataset<EvaluationRow>("evaluations", "Оценка эффективности",
        "Оценка эффективности программ по принятым отчетам (методика Порядка).",
        (q, ct) => OpenDataQueries.Stream(q.EvaluationsAsync(ct)),
        Column<EvaluationRow>.Of("municipality_code", FieldType.Text, Municipality, r => r.MunicipalityCode),
        Column<EvaluationRow>.Of("registry_code", FieldType.Text, Program, r => r.RegistryCode),
        Column<EvaluationRow>.Of("year", FieldType.Integer, "Год", r => r.Year),
        Column<EvaluationRow>.Of("period", FieldType.Text, Period, r => r.Period),
        Column<EvaluationRow>.Of("accepted_at", FieldType.DateTime, "Когда отчет принят (ISO 8601, UTC; пусто — принят до учета времени)", r => r.AcceptedAt),
        Column<EvaluationRow>.Of("result_index", FieldType.Number, "Индекс результативности", r => r.ResultIndex),
        Column<EvaluationRow>.Of("efficiency_index", FieldType.Number, "Индекс эффективности", r => r.EfficiencyIndex),
        Column<EvaluationRow>.Of("grade", FieldType.Text,
            "Уровень эффективности: High — высокий, Planned — запланированный, Low — низкий, AboveRange — выше диапазонов методики, NotAssessable — не оценивается", r => r.Grade),
        Column<EvaluationRow>.Of("planned_funding", FieldType.Number, "Плановый объем финансирования периода", r => r.PlannedFunding),
        Column<EvaluationRow>.Of("actual_funding", FieldType.Number, "Кассовое исполнение периода", r => r.ActualFunding));

    public static readonly IReadOnlyList<OpenDataset> All = [Programs, Indicators, Funding, Evaluations];

    public static OpenDataset? Find(string code) => All.FirstOrDefault(d => d.Code == code);
}
