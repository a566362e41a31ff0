using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Domain.Charts;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Queries;

namespace MunicipalPrograms.Web.Dashboard;

/// <summary>One program's Ip and Iэ of one year (null: not evaluated that year).</summary>
public sealed record TrendPoint(int Year, decimal? Ip, decimal? Ie);

/// <summary>A program's line of the municipality's trend table.</summary>
public sealed record ProgramTrend(int ProgramId, string RegistryCode, string Name, string MunicipalityName, IReadOnlyList<TrendPoint> Points);

/// <summary>The municipality's trend page: the years, the mean per year, each program's indices.</summary>
public sealed record MunicipalityTrendPage(string? Municipality, PeriodKind Kind, IReadOnlyList<int> Years, IReadOnlyList<TrendPoint> Mean,
    IReadOnlyList<ProgramTrend> Programs, IReadOnlyList<MunicipalityOption> Municipalities)
{
    public Chart Chart => TrendChart.Of("chart-trend-municipality", "Средние индексы программ по годам",
        "Среднее арифметическое индексов результативности (Ip) и эффективности (Iэ) программ, оцененных в каждом году.", Mean);
}

/// <summary>One program's trend page: Ip and Iэ of each year of its period.</summary>
public sealed record ProgramTrendPage(int ProgramId, string RegistryCode, string Name, string MunicipalityName, PeriodKind Kind,
    IReadOnlyList<TrendPoint> Points)
{
    public Chart Chart => TrendChart.Of("chart-trend-program", "Индексы программы по годам",
        "Индексы результативности (Ip) и эффективности (Iэ) программы за каждый год ее срока реализации; линия — значение 1.", Points);
}

public static class TrendChart
{
    public static Chart Of(string id, string title, string description, IReadOnlyList<TrendPoint> points) =>
        new(id, title, description, ChartKind.Lines, "Год", points.Select(p => p.Year.ToString(RuFormat.Culture)).ToList(),
            [new ChartSeries("Ip", points.Select(p => p.Ip).ToList()), new ChartSeries("Iэ", points.Select(p => p.Ie).ToList())],
            ChartValues.Index, 1m, "1");
}

/// <summary>
/// Multi-year trends (issue 12), every index from <see cref="EvaluationService"/> (no formula here). A year is one
/// evaluation load, a fixed number of queries whatever the number of programs (ADR 0030): the years are few, and
/// the methodology's loader is per period (values of the year and the year before, the accepted plan of that report).
/// The municipality's index of a year is the mean over its programs evaluated that year (those with a report or
/// measured values, <see cref="EvaluationService.ForPeriodAsync(ReportingPeriod, string?, UserScope, CancellationToken)"/>).
/// </summary>
public sealed class TrendQuery(Data.AppDbContext db, EvaluationService evaluation, ProgramQueries programs, ProgramRegistry.ProgramRegistryQuery registry)
{
    public async Task<MunicipalityTrendPage> MunicipalityAsync(UserScope user, string? municipality, PeriodKind kind, CancellationToken ct)
    {
        var years = (await evaluation.PeriodsAsync(null, ct)).Where(p => p.Kind == kind).Select(p => p.Year).Distinct().Order().ToList();
        var byYear = new List<(int Year, List<ProgramEvaluationResult> Results)>();
        foreach (var year in years)
        {
            // A year of facts only as the year before another (growth rates) gives no index: it has no column.
            var results = await evaluation.ForPeriodAsync(new ReportingPeriod(year, kind), municipality, user, ct);
            if (results.Any(r => r.Evaluation.Program.ResultIndex is not null || r.Evaluation.Program.EfficiencyIndex is not null))
                byYear.Add((year, results));
        }
        years = byYear.Select(y => y.Year).ToList();
        var mean = byYear.Select(y => new TrendPoint(y.Year, Mean(y.Results.Select(r => r.Evaluation.Program.ResultIndex)),
            Mean(y.Results.Select(r => r.Evaluation.Program.EfficiencyIndex)))).ToList();
        var rows = byYear.SelectMany(y => y.Results).GroupBy(r => r.Program.Id)
            .Select(g => Trend(g.First().Program, years, g.ToList()))
            .OrderBy(t => t.MunicipalityName, StringComparer.Ordinal).ThenBy(t => t.RegistryCode, StringComparer.Ordinal).ToList();
        var municipalities = await registry.MunicipalitiesAsync(user, ct);
        return new MunicipalityTrendPage(municipality, kind, years, mean, rows, municipalities);
    }

    /// <summary>
    /// The program's years from its start to its end or its latest year with data (a year without data has no indices);
    /// null when the user may not see the program.
    /// </summary>
    public async Task<ProgramTrendPage?> ProgramAsync(int id, UserScope user, PeriodKind kind, CancellationToken ct)
    {
        if (!await programs.IsVisibleAsync(id, user, ct)) return null;
        var program = await db.Programs.AsNoTracking().Include(p => p.Municipality).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null) return null;
        var withData = (await evaluation.PeriodsAsync(id, ct)).Where(p => p.Kind == kind).Select(p => p.Year).ToHashSet();
        var last = withData.Append(program.StartYear).Max();
        if (program.EndYear is { } end) last = Math.Min(Math.Max(last, program.StartYear), end);
        var points = new List<TrendPoint>();
        for (var year = program.StartYear; year <= last; year++)
            points.Add(Point(year, withData.Contains(year) ? await evaluation.ForProgramAsync(id, new ReportingPeriod(year, kind), ct) : null));
        return new ProgramTrendPage(program.Id, program.RegistryCode, program.Name, program.Municipality!.Name, kind, points);
    }

    private static ProgramTrend Trend(Domain.Programs.MunicipalProgram p, List<int> years, List<ProgramEvaluationResult> results) =>
        new(p.Id, p.RegistryCode, p.Name, p.Municipality!.Name, years.Select(y => Point(y, results.FirstOrDefault(r => r.Period.Year == y))).ToList());

    private static TrendPoint Point(int year, ProgramEvaluationResult? r) =>
        new(year, r?.Evaluation.Program.ResultIndex, r?.Evaluation.Program.EfficiencyIndex);

    /// <summary>The arithmetic mean of the indices there are, four decimals as the indices print; null when none.</summary>
    public static decimal? Mean(IEnumerable<decimal?> values)
    {
        var list = values.OfType<decimal>().ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 4);
    }
}
