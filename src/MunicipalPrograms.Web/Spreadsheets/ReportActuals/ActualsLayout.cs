namespace MunicipalPrograms.Web.Spreadsheets.ReportActuals;

/// <summary>
/// The one description of the actuals template's sheets, shared by the writer and the reader: sheet names, the header
/// row, the columns and which of them the user fills in. Column A of every data row holds the row's key (hidden), so
/// rows are matched by key, not by position or name.
/// </summary>
public static class ActualsLayout
{
    public const int HeaderRow = 5;
    public const int FirstDataRow = HeaderRow + 1;
    public const int KeyColumn = 1;

    public static class Indicators
    {
        public const string Sheet = "Показатели";
        public const int Plan = 5, Actual = 6, NotMeasured = 7, Reason = 8;
        public static readonly string[] Headers = ["Ключ строки", "№", "Показатель", "Единица измерения", "План", "Факт", "Не измерялся", "Обоснование отклонения (п. 4.8 Порядка)"];
        public const string KeyPrefix = "ind:";
    }

    public static class Activities
    {
        public const string Sheet = "Мероприятия";
        public const int Completed = 5, Date = 6, Done = 7, NotDoneReason = 8, Problems = 9;
        public static readonly string[] Headers = ["Ключ строки", "№", "Мероприятие", "Срок", "Выполнено", "Дата выполнения", "Что сделано", "Причины невыполнения", "Проблемы"];
        public const string KeyPrefix = "act:";
    }

    public static class Funding
    {
        public const string Sheet = "Финансирование";
        public const int Plan = 5, Actual = 6;
        public static readonly string[] Headers = ["Ключ строки", "№", "Мероприятие", "Источник финансирования", "План", "Кассовое исполнение"];
        public const string KeyPrefix = "fund:";
    }

    public const string Yes = "да", No = "нет";
    public const string CompletedYes = "выполнено", CompletedNo = "не выполнено";
}
