using System.Globalization;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.Dashboard;

/// <summary>Where a program's report of the campaign stands: not started (no report yet) or the report's status.</summary>
public enum CampaignStatus { NotStarted, Draft, Submitted, Returned, Accepted }

public enum DashboardSort { Default, Code, Name, Status, Deadline, Ip, Ie, Federal, Funding }

/// <summary>
/// What the dashboard shows, all of it in the query string (a GET form; links work without script): <c>year</c> and
/// <c>period</c> the campaign, <c>m</c> municipality code, <c>dept</c> department id (responsible or co-executor),
/// <c>grade</c> the Procedure's grade, <c>status</c>, <c>overdue</c>, <c>q</c> name or code, <c>sort</c> and <c>dir</c>.
/// </summary>
public sealed record DashboardFilter(
    ReportingPeriod Period, string? Municipality = null, int? Department = null, EfficiencyGrade? Grade = null, CampaignStatus? Status = null,
    bool Overdue = false, string? Search = null, DashboardSort Sort = DashboardSort.Default, bool Descending = false, int Page = 1)
{
    public string SortUrl(DashboardSort column) => Url(this with { Sort = column, Descending = Sort == column && !Descending, Page = 1 });

    /// <summary>Sorting or filtering by what the evaluation computes needs every program evaluated; the rest only the page's.</summary>
    public bool NeedsEveryEvaluation => Grade is not null || Sort is DashboardSort.Ip or DashboardSort.Ie or DashboardSort.Federal or DashboardSort.Funding;

    public string PageUrl(int page) => Url(this with { Page = page });

    public string AriaSort(DashboardSort column) => Sort != column ? "none" : Descending ? "descending" : "ascending";

    /// <summary>The same filters with only the status changed (the count cards link to their rows).</summary>
    public string StatusUrl(CampaignStatus? status, bool overdue = false) => Url(this with { Status = status, Overdue = overdue, Page = 1 });

    public static string Url(DashboardFilter f)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("year", f.Period.Year.ToString(CultureInfo.InvariantCulture));
        Add("period", f.Period.Kind.ToString());
        Add("m", f.Municipality);
        Add("dept", f.Department?.ToString(CultureInfo.InvariantCulture));
        Add("grade", f.Grade?.ToString());
        Add("status", f.Status?.ToString());
        if (f.Overdue) Add("overdue", "true");
        Add("q", f.Search?.Trim());
        if (f.Sort != DashboardSort.Default) Add("sort", f.Sort.ToString().ToLowerInvariant());
        if (f.Descending) Add("dir", "desc");
        if (f.Page > 1) Add("page", f.Page.ToString(CultureInfo.InvariantCulture));
        return "/Dashboard?" + string.Join("&", parts);
    }

    /// <summary>An enum from the query string: only a defined name (case-insensitive), else none.</summary>
    public static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<T>(name) : null;
}

/// <summary>The campaign's reports by where they stand, over the programs of the chosen municipality and department.</summary>
public sealed record CampaignCounts(int Total, int NotStarted, int Draft, int Submitted, int Returned, int Accepted, int Overdue)
{
    public int Of(CampaignStatus s) => s switch
    {
        CampaignStatus.NotStarted => NotStarted, CampaignStatus.Draft => Draft, CampaignStatus.Submitted => Submitted,
        CampaignStatus.Returned => Returned, _ => Accepted,
    };
}

/// <summary>One source's funding in the period: planned, cash execution and its percentage (null when nothing planned).</summary>
public sealed record SourceExecution(FundingSource Source, decimal Planned, decimal Actual)
{
    public decimal? Percent => Planned == 0 ? null : Math.Round(Actual / Planned * 100m, 1);
}

/// <summary>
/// A program of the campaign before its evaluation: what the counts, the status filters and the page's choice of rows
/// need; <see cref="Found"/> whether the search finds it (the search narrows the table, not the counts).
/// </summary>
public sealed record CampaignLine(int ProgramId, CampaignStatus Status, DateOnly Deadline, bool Overdue, bool Found);

/// <summary>One program's line of the dashboard.</summary>
public sealed record DashboardRow(
    int ProgramId, string MunicipalityName, string RegistryCode, string Name, string ResponsibleExecutor,
    CampaignStatus Status, DateOnly Deadline, int DaysLeft, bool Overdue,
    Domain.Scoring.Evaluation Procedure, FederalEvaluation Federal, IReadOnlyList<SourceExecution> Funding, ProgramDecision? Decision)
{
    /// <summary>The municipality's unit of the funding sums (the funding chart converts to one unit).</summary>
    public MoneyUnit MoneyUnit { get; init; }

    /// <summary>The program's indicators scored below plan (S &lt; 1), from the evaluation already loaded: no query of their own.</summary>
    public IReadOnlyList<Domain.Charts.PlanFactItem> Shortfalls { get; init; } = [];

    /// <summary>Cash execution of all sources, % (<see cref="Domain.Funding.FundingTotals.ExecutionPercent"/>, as the stored summary).</summary>
    public decimal? FundingPercent { get; init; }
}

/// <summary>
/// The dashboard page; its charts (<see cref="DashboardCharts"/>) are drawn from <see cref="Rows"/>.
/// </summary>
public sealed record DashboardPage(
    DashboardFilter Filter, IReadOnlyList<ReportingPeriod> Periods, CampaignCounts Counts, IReadOnlyList<DashboardRow> Rows, DateOnly Today,
    IReadOnlyList<MunicipalityOption> Municipalities, IReadOnlyList<ProgramRegistry.DepartmentOption> Departments)
{
    /// <summary>Days to the campaign's deadline (the usual one, before individual extensions); negative after it.</summary>
    public DateOnly CampaignDeadline { get; init; }

    /// <summary>
    /// What the page's HTML depends on — the generation of the watched changes, the user's scope, the day and the filter —
    /// so that Razor renders it once and reuses it until something changes; null while the instance does not listen
    /// (ADR 0034).
    /// </summary>
    public string? RenderKey { get; init; }

    /// <summary>How many programs match the filters (the table shows <see cref="DashboardQuery.PageSize"/> of them at a time).</summary>
    public int Matching { get; init; }
    public int PageCount => Math.Max(1, (Matching + DashboardQuery.PageSize - 1) / DashboardQuery.PageSize);
    public int DaysToDeadline => CampaignDeadline.DayNumber - Today.DayNumber;

    public static string Caption(CampaignStatus s) => s switch
    {
        CampaignStatus.NotStarted => "не начат",
        CampaignStatus.Draft => "черновик",
        CampaignStatus.Submitted => "представлен",
        CampaignStatus.Returned => "возвращен на доработку",
        _ => "принят",
    };
}
