using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.ProgramRegistry;

public enum RegistrySort { Default, Code, Name, Period, Status }

/// <summary>
/// What the registry shows, all of it in the query string (a GET form; links keep working without JS):
/// <c>q</c> name or code, <c>m</c> municipality code, <c>status</c>, <c>year</c>, <c>dept</c> department id,
/// <c>sort</c> and <c>dir</c>.
/// </summary>
public sealed record RegistryFilter(
    string? Search = null, string? Municipality = null, ProgramStatus? Status = null, int? Year = null, int? Department = null,
    RegistrySort Sort = RegistrySort.Default, bool Descending = false)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Search) && string.IsNullOrEmpty(Municipality) && Status is null && Year is null && Department is null;

    /// <summary>The registry's URL with these filters and another sort: the same column again flips its direction.</summary>
    public string SortUrl(RegistrySort column) =>
        Url(this with { Sort = column, Descending = Sort == column && !Descending });

    /// <summary>What a header's aria-sort says.</summary>
    public string AriaSort(RegistrySort column) => Sort != column ? "none" : Descending ? "descending" : "ascending";

    public static string Url(RegistryFilter f)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("q", f.Search?.Trim());
        Add("m", f.Municipality);
        Add("status", f.Status?.ToString());
        Add("year", f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("dept", f.Department?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (f.Sort != RegistrySort.Default) Add("sort", f.Sort.ToString().ToLowerInvariant());
        if (f.Descending) Add("dir", "desc");
        return "/Programs" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    public static RegistrySort ParseSort(string? sort) =>
        Enum.TryParse<RegistrySort>(sort, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : RegistrySort.Default;
}

/// <summary>The редакция in force by number (the latest) and the act that approved it.</summary>
public sealed record CurrentVersion(int Number, LegalAct Act);

public sealed record OpenDraft(DraftKind Kind, DraftStatus Status);

public sealed record RegistryRow(
    int Id, string MunicipalityCode, string MunicipalityName, MoneyUnit MoneyUnit, string RegistryCode, string Name,
    string Period, ProgramStatus Status, string ResponsibleExecutor, int IndicatorCount, int ActivityCount,
    decimal PlannedTotal, LatestReport? LatestReport, CurrentVersion? Version, OpenDraft? Draft,
    bool AddedAfterSeptember15 = false);

public sealed record DepartmentOption(int Id, string Name, string Municipality);

/// <summary>
/// The «executor or co-executor» select of the registry and the dashboard (Views/Shared/_DepartmentFilter): the options of
/// one municipality; with none offered while many municipalities are listed, a hint to choose the municipality first.
/// </summary>
public sealed record DepartmentFilter(IReadOnlyList<DepartmentOption> Departments, int? Selected, int MunicipalityCount)
{
    public bool ChooseMunicipalityFirst => Departments.Count == 0 && MunicipalityCount > 1;
}

public sealed record RegistryPage(
    RegistryFilter Filter, IReadOnlyList<RegistryRow> Rows, IReadOnlyList<MunicipalityOption> Municipalities,
    IReadOnlyList<DepartmentOption> Departments)
{
    /// <summary>Whether the user may create a program (the «Новая программа» button).</summary>
    public bool CanCreate { get; init; }

    /// <summary>Whether the user may open the forms over all programs (the registry form, Appendix 8).</summary>
    public bool CanExport { get; init; }
}
