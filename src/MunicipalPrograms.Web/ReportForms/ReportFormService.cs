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
/// Loads what a form needs (in a fixed number of queries) and hands it to the form's pure builder.
/// Returns null when the program does not exist.
/// </summary>
public sealed class ReportFormService(AppDbContext db, EvaluationService evaluation, TimeProvider clock)
{
    public async Task<ReportDocument?> ProgramFormAsync(FormDefinition form, int programId, ReportingPeriod period, CancellationToken ct)
    {
        var program = await LoadProgramAsync(programId, period, ct);
        if (program is null) return null;
        var evaluated = EvaluationService.Evaluate(program, period);
        var input = new ProgramFormInput(program, period, evaluated.Report, evaluated.Evaluation);
        return form.Code switch
        {
            AnnualReportForm.Code => AnnualReportForm.Build(input),
            EvaluationForm.Code => EvaluationForm.Build(input),
            AleksinReportForm.Code => AleksinReportForm.Build(input),
            IndicatorAchievementForm.Code => IndicatorAchievementForm.Build(input),
            ExpensesByStructureForm.Code => ExpensesByStructureForm.Build(input),
            AmendmentsForm.Code => AmendmentsForm.Build(input),
            _ => ProgramDocumentForms.Build(form.Code, input),
        };
    }

    public async Task<ReportDocument> AllProgramsFormAsync(FormDefinition form, ReportingPeriod period, string? municipalityCode, CancellationToken ct)
    {
        if (form.Code == RegistryForm.Code)
            return RegistryForm.Build(await RegistryProgramsAsync(municipalityCode, ct));
        var results = await evaluation.ForPeriodAsync(period, municipalityCode, ct);
        // The evaluation loads no departments: fetch the responsible executors' names in one query.
        var ids = results.Select(r => r.Program.ResponsibleExecutorId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        foreach (var r in results) r.Program.ResponsibleExecutor = departments.GetValueOrDefault(r.Program.ResponsibleExecutorId);
        return ConsolidatedReportForm.Build(period, results.Select(r => new ConsolidatedEntry(r.Program, r.Report, r.Evaluation)).ToList());
    }

    /// <summary>The latest year the program has a report for, else last year: what a form opens on.</summary>
    public async Task<int> DefaultYearAsync(int? programId, CancellationToken ct)
    {
        var years = await db.Reports.Where(r => programId == null || r.ProgramId == programId).Select(r => (int?)r.Year).MaxAsync(ct);
        return years ?? clock.Today().Year - 1;
    }

    private Task<List<MunicipalProgram>> RegistryProgramsAsync(string? municipalityCode, CancellationToken ct)
    {
        var query = db.Programs.AsNoTracking().Include(p => p.Municipality).Include(p => p.ResponsibleExecutor).Include(p => p.Goals);
        return (string.IsNullOrEmpty(municipalityCode) ? query : query.Where(p => p.Municipality!.Code == municipalityCode))
            .OrderBy(p => p.Municipality!.Name).ThenBy(p => p.RegistryCode).ToListAsync(ct);
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
