using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.ProgramEditing.Versions;

/// <summary>
/// An accepted report keeps the figures it was evaluated with (issue 9, item 6): when a later amendment changed the
/// plan, the loaded (untracked) program gets the planned values and funding plan of the редакция the report was accepted
/// under, read from that редакция's stored plan. Facts stay as loaded. One query for any number of programs, none
/// when no accepted report is behind its program's current редакция.
/// </summary>
public static class AcceptedPlanOverlay
{
    public static async Task ApplyAsync(AppDbContext db, IReadOnlyCollection<MunicipalProgram> programs, CancellationToken ct)
    {
        var wanted = programs
            .SelectMany(p => p.Reports.Where(r => r.Status == ReportStatus.Accepted && r.PlanVersionNumber is { } n && n != p.Revision)
                .Select(r => (Program: p, Number: r.PlanVersionNumber!.Value, Period: r.ReportingPeriod)))
            .ToList();
        if (wanted.Count == 0) return;
        var ids = wanted.Select(w => w.Program.Id).Distinct().ToList();
        var numbers = wanted.Select(w => w.Number).Distinct().ToList();
        var versions = await db.ProgramVersions.AsNoTracking().Where(v => ids.Contains(v.ProgramId) && numbers.Contains(v.Number))
            .Select(v => new { v.ProgramId, v.Number, v.PlanJson }).ToListAsync(ct);
        foreach (var (program, number, period) in wanted)
            if (versions.FirstOrDefault(v => v.ProgramId == program.Id && v.Number == number) is { } v)
                Overlay(program, ProgramPlanJson.Read(v.PlanJson), period);
    }

    /// <summary>
    /// The plan's planned values (of every loaded value row) and funding plan of the report's period on the loaded rows;
    /// indicators the plan did not have are left out.
    /// </summary>
    public static void Overlay(MunicipalProgram program, ProgramPlan plan, ReportingPeriod period)
    {
        var indicators = plan.Indicators.ToDictionary(i => i.Key);
        program.Indicators.RemoveAll(i => !indicators.ContainsKey(i.Id));
        foreach (var indicator in program.Indicators)
            foreach (var value in indicator.Values)
            {
                var planned = indicators[indicator.Id].PlanFor(value.ReportingPeriod);
                (value.Planned, value.PlannedUpper) = (planned?.Planned, planned?.PlannedUpper);
            }
        var funding = plan.Funding.Where(f => f.Year == period.Year && f.Period == period.Kind).ToDictionary(f => f.Identity);
        foreach (var line in program.FundingLines.Where(l => l.Year == period.Year && l.Period == period.Kind))
            line.Planned = funding.Remove((line.ActivityId, line.Year, line.Period, line.Source, line.ExecutorId), out var f) ? f.Planned : 0;
        foreach (var f in funding.Values)
            program.FundingLines.Add(new FundingLine
            {
                ProgramId = program.Id, ActivityId = f.ActivityKey, Year = f.Year, Period = f.Period, Source = f.Source, ExecutorId = f.ExecutorId, Planned = f.Planned,
            });
    }
}
