using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Domain.ReportForms.Builders;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Evaluation;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// Loads what a form of one program reads — the reporting period or the whole program period, as its
/// registry entry says — untracked, one split query per collection: the number of queries is fixed,
/// whatever the size of the program.
/// </summary>
public sealed class ProgramFormLoader(AppDbContext db)
{
    /// <summary>The form's input, or null when the program does not exist.</summary>
    public async Task<ProgramFormInput?> LoadAsync(ProgramData data, int programId, ReportingPeriod period, CancellationToken ct)
    {
        if (data == ProgramData.WholeProgram)
            return await WholeProgramAsync(programId, ct) is { } whole ? new ProgramFormInput(whole, period) : null;
        if (await PeriodAsync(programId, period, ct) is not { } program) return null;
        await ProgramEditing.Versions.AcceptedPlanOverlay.ApplyAsync(db, [program], ct);
        var evaluated = EvaluationService.Evaluate(program, period);
        return new ProgramFormInput(program, period, evaluated.Report, evaluated.Evaluation);
    }

    /// <summary>
    /// What the methodology reads for the period (the evaluation's own loading: this year's plans, facts and
    /// report, last year's indicator values) and what the report forms print besides: departments for
    /// executors' names, co-executors, goals and objectives, amendments.
    /// </summary>
    private Task<MunicipalProgram?> PeriodAsync(int programId, ReportingPeriod period, CancellationToken ct) =>
        db.Programs.Where(p => p.Id == programId).WithPeriodData(period)
            .Include(p => p.Municipality).ThenInclude(m => m!.Departments)
            .Include(p => p.CoExecutors)
            .Include(p => p.Goals).ThenInclude(g => g.Objectives)
            .Include(p => p.Amendments)
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// The program document: the yearly plans of every year (interim periods and reports are not part of
    /// it), activities with their executors, indicator passports, capital objects and resource needs.
    /// </summary>
    private Task<MunicipalProgram?> WholeProgramAsync(int programId, CancellationToken ct) =>
        db.Programs.AsNoTracking().AsSplitQuery().Where(p => p.Id == programId)
            .Include(p => p.Municipality).ThenInclude(m => m!.Departments)
            .Include(p => p.Municipality).ThenInclude(m => m!.MethodologyVersions)
            .Include(p => p.ResponsibleExecutor)
            .Include(p => p.CoExecutors)
            .Include(p => p.Goals).ThenInclude(g => g.Objectives)
            .Include(p => p.Subprograms)
            .Include(p => p.Activities).ThenInclude(a => a.Executors)
            .Include(p => p.Indicators).ThenInclude(i => i.Values.Where(v => v.Period == PeriodKind.Year))
            .Include(p => p.Indicators).ThenInclude(i => i.Passport).ThenInclude(x => x!.BaseMeasures)
            .Include(p => p.FundingLines.Where(f => f.Period == PeriodKind.Year))
            .Include(p => p.CapitalObjects)
            .Include(p => p.ResourceNeeds)
            .FirstOrDefaultAsync(ct);
}
