using MunicipalPrograms.Web.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Dashboard;

/// <summary>Helpers of the dashboard tests: read the counts and rows off the page, make programs with states set by the test.</summary>
internal static partial class DashboardPages
{
    /// <summary>The count cards: status code → number.</summary>
    public static Dictionary<string, int> Counts(string html) =>
        CountRegex().Matches(html).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));

    public static List<int> RowIds(string html) =>
        RowRegex().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();


    /// <summary>
    /// A department of Алексин of its own and, for each given state, a program of it for the 2025 annual campaign with one
    /// indicator (plan 100, the given actual) and the report in that state (null: not started). Returns the department's id
    /// and the programs' ids in the order given.
    /// </summary>
    public static Task<(int Department, List<int> Programs)> GenerateAsync(PortalFactory portal, string code,
        params (ReportStatus? Status, decimal Actual, DateOnly? Deadline)[] states) =>
        GenerateAsync(portal.CreateDbContext(), code, states);

    /// <summary>The same in any test database (a browser test's portal process).</summary>
    public static async Task<(int Department, List<int> Programs)> GenerateAsync(AppDbContext context, string code,
        params (ReportStatus? Status, decimal Actual, DateOnly? Deadline)[] states)
    {
        await using var db = context;
        var municipality = await db.Municipalities.SingleAsync(m => m.Code == "aleksin");
        var department = new Department { MunicipalityId = municipality.Id, Code = code, Name = $"Отдел {code}" };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        var programs = new List<MunicipalProgram>();
        for (var n = 0; n < states.Length; n++)
        {
            var (status, actual, deadline) = states[n];
            var program = new MunicipalProgram
            {
                MunicipalityId = municipality.Id, RegistryCode = $"{code}-{n + 1:00}", Name = $"Программа {code} № {n + 1}", StartYear = 2025, EndYear = 2025,
                ResponsibleExecutorId = department.Id, Status = ProgramStatus.InForce,
            };
            var indicator = new Indicator { Code = "1", Name = "Показатель", Unit = "%", Direction = Direction.Increase };
            indicator.Values.Add(new IndicatorValue { Year = 2025, Period = PeriodKind.Year, Planned = 100m, Actual = actual });
            program.Indicators.Add(indicator);
            if (status is { } s) program.Reports.Add(new ProgressReport { Year = 2025, Period = PeriodKind.Year, Status = s, DeadlineOverride = deadline });
            programs.Add(program);
        }
        db.Programs.AddRange(programs);
        await db.SaveChangesAsync();
        return (department.Id, programs.Select(p => p.Id).ToList());
    }

    [GeneratedRegex("data-status=\"(\\w+)\">\\s*<span class=\"dashboard-count-value\">(\\d+)<")]
    private static partial Regex CountRegex();

    [GeneratedRegex("<tr data-program=\"(\\d+)\"")]
    private static partial Regex RowRegex();
}
