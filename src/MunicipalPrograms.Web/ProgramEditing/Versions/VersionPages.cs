using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Versions;

/// <summary>What every versions page shows at the top: the program and its municipality's units and budget names.</summary>
public sealed record ProgramHead(int Id, string Name, string RegistryCode, MoneyUnit MoneyUnit, BudgetNames BudgetNames, IReadOnlyDictionary<int, string> Departments);

/// <summary>One редакция in the list: in force from its date to the day before the next one (null: to this day).</summary>
public sealed record VersionRow(ProgramVersion Version, DateOnly? To, bool InForceToday);

/// <summary>The редакции of a program; <paramref name="People"/> gives the approvers' full names by login (an account removed since: the login).</summary>
public sealed record VersionsPage(ProgramHead Program, IReadOnlyList<VersionRow> Versions, IReadOnlyDictionary<string, string> People)
{
    public string Person(string userName) => People.GetValueOrDefault(userName, userName);
}

/// <summary>The program as of a day: the редакция in force then (null before the first) and its plan.</summary>
public sealed class AsOfPage
{
    public required ProgramHead Program { get; init; }
    public string? DateText { get; init; }
    public DateOnly? Day { get; init; }
    public string? DateError { get; init; }
    public ProgramVersion? Version { get; init; }
    public DateOnly? FirstEffective { get; init; }
    public ProgramPlan? Plan { get; init; }

    public IReadOnlyList<int> Years => Plan is null ? []
        : Enumerable.Range(Plan.Passport.StartYear, Math.Max(0, (Plan.Passport.EndYear ?? Plan.Passport.StartYear) - Plan.Passport.StartYear + 1))
            .Union(Plan.Funding.Select(f => f.Year)).Union(Plan.Indicators.SelectMany(i => i.Plans).Select(p => p.Year)).Order().ToList();

    public IReadOnlyList<FundingSource> Sources => Plan?.Funding.Select(f => f.Source).Distinct().Order().ToList() ?? [];

    public decimal Funding(Func<PlanFunding, bool> where) =>
        Plan?.Funding.Where(f => f.Period == PeriodKind.Year).Where(where).Sum(f => f.Planned) ?? 0;

    public string Department(int? id) => id is { } d ? Program.Departments.GetValueOrDefault(d, "") : "";
}

public sealed record DiffRow(string Area, string Kind, string Item, string Field, string Before, string After);

public sealed record PlannedRow(string Indicator, string Period, string Before, string After);

public sealed record FundingRow(string Activity, string Period, string Source, string Before, string After, string Delta);

public sealed record TotalRow(string Year, string Source, string Before, string After, string Delta);

/// <summary>Two plans compared, in words: what the diff page prints.</summary>
public sealed class DiffPage
{
    public required ProgramHead Program { get; init; }
    public required string FromCaption { get; init; }
    public required string ToCaption { get; init; }
    public IReadOnlyList<DiffRow> Passport { get; init; } = [];
    public IReadOnlyList<DiffRow> Items { get; init; } = [];
    public IReadOnlyList<PlannedRow> Planned { get; init; } = [];
    public IReadOnlyList<FundingRow> Funding { get; init; } = [];
    public IReadOnlyList<TotalRow> Totals { get; init; } = [];
    public bool IsEmpty => Passport.Count + Items.Count + Planned.Count + Funding.Count + Totals.Count == 0;
    public bool IsDraft { get; init; }
    public int? ToNumber { get; init; }
}
