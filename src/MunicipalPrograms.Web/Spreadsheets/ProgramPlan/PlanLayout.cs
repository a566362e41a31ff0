using System.Globalization;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ProgramEditing.Grids;

namespace MunicipalPrograms.Web.Spreadsheets.ProgramPlan;

/// <summary>A value column of the plan template: a year, or an interim period of one year.</summary>
public sealed record PlanColumn(int Year, PeriodKind Period)
{
    /// <summary>How the stamp names the column: "2025/Year", "2025/Quarter1".</summary>
    public string Code => string.Create(CultureInfo.InvariantCulture, $"{Year}/{Period}");

    public string Caption => Period == PeriodKind.Year ? Year.ToString(CultureInfo.InvariantCulture) : new ReportingPeriod(Year, Period).Caption();

    public static PlanColumn? Parse(string? code)
    {
        var parts = (code ?? "").Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && StrictEnum.TryParse<PeriodKind>(parts[1], out var period) ? new PlanColumn(year, period) : null;
    }
}

/// <summary>
/// The one description of the plan template's sheets, shared by the writer and the reader. The years depend on the
/// plan, so the value columns a template was made with are kept in its stamp (a row "columns:" + sheet) and the reader
/// expects exactly those headers. Column A of a data row holds the row's key (hidden).
/// </summary>
public static class PlanLayout
{
    public const int HeaderRow = 5;
    public const int FirstDataRow = HeaderRow + 1;
    public const int KeyColumn = 1;
    public const int FirstValueColumn = 5;
    private const string ColumnsKey = "columns:";

    public static class Indicators
    {
        public const string Sheet = "Показатели";
        public const string KeyPrefix = "ind:";
        public static readonly string[] Headers = ["Ключ строки", "№", "Показатель", "Единица измерения"];
        public static string Key(int indicator) => KeyPrefix + indicator.ToString(CultureInfo.InvariantCulture);
    }

    public static class Funding
    {
        public const string Sheet = "Финансирование";
        public const string KeyPrefix = "fund:";
        public static readonly string[] Headers = ["Ключ строки", "№", "Мероприятие", "Источник финансирования"];
        public const string Total = "Всего";
        public static string Key(int activity, FundingSource source) => string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}{activity}:{source}");

        public static (int Activity, FundingSource Source)? Parse(string key)
        {
            var parts = key[KeyPrefix.Length..].Split(':');
            return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                && StrictEnum.TryParse<FundingSource>(parts[1], out var s) ? (a, s) : null;
        }
    }

    /// <summary>The years of the plan, then the interim periods of <paramref name="interimYear"/> if one is asked for.</summary>
    public static IReadOnlyList<PlanColumn> IndicatorColumns(IReadOnlyList<int> years, int? interimYear) =>
    [
        .. years.Select(y => new PlanColumn(y, PeriodKind.Year)),
        .. interimYear is { } iy && years.Contains(iy) ? IndicatorGridForm.InterimPeriods.Select(k => new PlanColumn(iy, k)) : [],
    ];

    public static IReadOnlyList<PlanColumn> FundingColumns(IReadOnlyList<int> years) => [.. years.Select(y => new PlanColumn(y, PeriodKind.Year))];

    public static void StampColumns(TemplateStamp stamp, string sheet, IReadOnlyList<PlanColumn> columns) =>
        stamp.Rows[ColumnsKey + sheet] = new StampRow("", [.. columns.Select(c => c.Code)]);

    /// <summary>The value columns the template of this sheet was made with, or null if the stamp does not name them.</summary>
    public static IReadOnlyList<PlanColumn>? ColumnsOf(TemplateStamp stamp, string sheet)
    {
        if (!stamp.Rows.TryGetValue(ColumnsKey + sheet, out var row)) return null;
        var columns = row.Values.Select(PlanColumn.Parse).ToList();
        return columns.Any(c => c is null) ? null : [.. columns.OfType<PlanColumn>()];
    }

    public static string[] HeadersOf(string[] fixedHeaders, IReadOnlyList<PlanColumn> columns) => [.. fixedHeaders, .. columns.Select(c => c.Caption)];
}
