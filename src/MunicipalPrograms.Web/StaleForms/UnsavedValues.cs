namespace MunicipalPrograms.Web.StaleForms;

/// <summary>
/// What the report page tells wwwroot/js/unsaved-values.js: the localStorage key of its unsaved values (one per
/// user, program, year and period, so two people sharing a browser never see each other's values) and whether the
/// page follows a successful save (then the kept copy is dropped).
/// </summary>
public static class UnsavedValues
{
    public const string SavedFlag = "ReportSaved";

    public static string Key(string? userName, int programId, int year, string period) =>
        $"mp.unsaved.report:{userName}:{programId}:{year}:{period}";
}
