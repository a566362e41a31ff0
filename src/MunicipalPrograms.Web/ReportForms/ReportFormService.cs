using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Domain.ReportForms.Builders;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Evaluation;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// Makes a form's document: loads what its registry entry says it reads and calls the entry's builder.
/// No list of form codes here — a new form is one entry in Domain/ReportForms/FormRegistry.
/// </summary>
public sealed class ReportFormService(AppDbContext db, EvaluationService evaluation, TimeProvider clock)
{
    /// <summary>A form of one program; null when the program does not exist.</summary>
    public async Task<ReportDocument?> ProgramFormAsync(ProgramFormDefinition form, int programId, ReportingPeriod period, CancellationToken ct)
    {
        var program = await LoadProgramAsync(programId, period, ct);
        if (program is null) return null;
        var evaluated = EvaluationService.Evaluate(program, period);
        return form.Build(new ProgramFormInput(program, period, evaluated.Report, evaluated.Evaluation));
    }

    /// <summary>A form over all programs (of one municipality when its code is given).</summary>
    public async Task<ReportDocument> AllProgramsFormAsync(FormDefinition form, ReportingPeriod period, string? municipalityCode, CancellationToken ct) => form switch
    {
        AllProgramsFormDefinition<IReadOnlyList<MunicipalProgram>> list => list.Build(await ProgramListAsync(municipalityCode, ct)),
        AllProgramsFormDefinition<ConsolidatedInput> consolidated => consolidated.Build(await ConsolidatedAsync(period, municipalityCode, ct)),
        _ => throw new ArgumentException($"No loader for the input of the form «{form.Code}».", nameof(form)),
    };

    /// <summary>The latest year the program has a report for, else last year: what a form opens on.</summary>
    public async Task<int> DefaultYearAsync(int? programId, CancellationToken ct)
    {
        var years = await db.Reports.Where(r => programId == null || r.ProgramId == programId).Select(r => (int?)r.Year).MaxAsync(ct);
        return years ?? clock.Today().Year - 1;
    }

    private async Task<IReadOnlyList<MunicipalProgram>> ProgramListAsync(string? municipalityCode, CancellationToken ct)
    {
        var query = db.Programs.AsNoTracking().Include(p => p.Municipality).Include(p => p.ResponsibleExecutor).Include(p => p.Goals);
        return await (string.IsNullOrEmpty(municipalityCode) ? query : query.Where(p => p.Municipality!.Code == municipalityCode))
            .OrderBy(p => p.Municipality!.Name).ThenBy(p => p.RegistryCode).ToListAsync(ct);
    }

    private async Task<ConsolidatedInput> ConsolidatedAsync(ReportingPeriod period, string? municipalityCode, CancellationToken ct)
    {
        var results = await evaluation.ForPeriodAsync(period, municipalityCode, ct);
        // The evaluation loads no departments: fetch the responsible executors' names in one query.
        var ids = results.Select(r => r.Program.ResponsibleExecutorId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        foreach (var r in results) r.Program.ResponsibleExecutor = departments.GetValueOrDefault(r.Program.ResponsibleExecutorId);
        return new ConsolidatedInput(period, results.Select(r => new ConsolidatedEntry(r.Program, r.Report, r.Evaluation)).ToList());
    }

    private Task<MunicipalProgram?> LoadProgramAsync(int id, ReportingPeriod period, CancellationToken ct)
    {
        var (year, kind) = (period.Year, period.Kind);
        return db.Programs.AsNoTracking().AsSplitQuery()
            .Include(p => p.Municipality).ThenInclude(m => m!.Departments)
            .Include(p => p.ResponsibleExecutor)
            .Include(p => p.CoExecutors)
            .Include(p => p.Goals).ThenInclude(g => g.Objectives)
            .Include(p => p.Subprograms)
            .Include(p => p.Activities).ThenInclude(a => a.Executors)
            .Include(p => p.Indicators).ThenInclude(i => i.Values)
            .Include(p => p.Indicators).ThenInclude(i => i.Passport).ThenInclude(x => x!.BaseMeasures)
            .Include(p => p.FundingLines)
            .Include(p => p.Amendments)
            .Include(p => p.CapitalObjects)
            .Include(p => p.ResourceNeeds)
            .Include(p => p.Reports.Where(r => r.Year == year && r.Period == kind)).ThenInclude(r => r.Weights)
            .Include(p => p.Reports.Where(r => r.Year == year && r.Period == kind)).ThenInclude(r => r.ActivityExecutions)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
    }
}
