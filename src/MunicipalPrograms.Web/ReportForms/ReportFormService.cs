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
public sealed class ReportFormService(AppDbContext db, ProgramFormLoader loader, EvaluationService evaluation, Dashboard.ConclusionService conclusionService)
{
    /// <summary>A form of one program; null when the program does not exist.</summary>
    public async Task<ReportDocument?> ProgramFormAsync(ProgramFormDefinition form, int programId, ReportingPeriod period, CancellationToken ct) =>
        await loader.LoadAsync(form.Data, programId, period, ct) is { } input ? form.Build(input) : null;

    /// <summary>A form over all programs (of one municipality when its code is given).</summary>
    public async Task<ReportDocument> AllProgramsFormAsync(FormDefinition form, ReportingPeriod period, string? municipalityCode, CancellationToken ct) => form switch
    {
        AllProgramsFormDefinition<IReadOnlyList<MunicipalProgram>> list => list.Build(await ProgramListAsync(municipalityCode, ct)),
        AllProgramsFormDefinition<ConsolidatedInput> consolidated => consolidated.Build(await ConsolidatedAsync(period, municipalityCode, ct)),
        _ => throw new ArgumentException($"No loader for the input of the form «{form.Code}».", nameof(form)),
    };

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
        // The campaign's conclusions (4.9), one query.
        var conclusions = await conclusionService.ForPeriodAsync(period, ct);
        return new ConsolidatedInput(period, results.Select(r => new ConsolidatedEntry(r.Program, r.Report, r.Evaluation, conclusions.GetValueOrDefault(r.Program.Id))).ToList());
    }
}
