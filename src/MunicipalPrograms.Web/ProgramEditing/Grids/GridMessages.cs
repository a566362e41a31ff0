namespace MunicipalPrograms.Web.ProgramEditing.Grids;

/// <summary>Message parts the grids share.</summary>
public static class GridMessages
{
    public const string OutsidePeriod = "год вне срока реализации программы";

    public static string YearOutside(int year, IReadOnlyList<int> years, string what) =>
        $"{year} {OutsidePeriod} ({years[0]}–{years[^1]}): {what} на него не вводится.";
}
