namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>The names of audited fields as the audit log stores and shows them.</summary>
public static class AuditFields
{
    public const string Actual = "Факт";
    public const string NotMeasured = "Не измерялось";
    public const string DeviationReason = "Обоснование отклонения";
    public const string FundingActual = "Кассовое исполнение";
    public const string Completed = "Выполнено";
    public const string ActualCompletion = "Дата выполнения";
    public const string Done = "Что сделано";
    public const string NotDoneReason = "Причины невыполнения";
    public const string Problems = "Проблемы";
    public const string Status = "Статус";
    public const string Deadline = "Срок представления";
    public const string Texts = "Сведения отчета";

    public static string YesNo(bool? value) => value switch { true => "да", false => "нет", _ => "" };
    public static string Flag(bool value) => value ? "да" : "нет";
}
