using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// What a form of one program reads: the program loaded as the form's registry entry says
/// (<see cref="ProgramData"/>: one reporting period, or every year of the program document) with its
/// municipality and departments; for a period, also its report (if any) and its evaluation.
/// </summary>
public sealed record ProgramFormInput(MunicipalProgram Program, ReportingPeriod Period, ProgressReport? Report = null, ProgramEvaluation? Evaluation = null)
{
    public Municipality Municipality => Program.Municipality
        ?? throw new InvalidOperationException("The program's municipality must be loaded.");

    public string MoneyUnit => RuFormat.MoneyUnit(Municipality.MoneyUnit);

    public int Year => Period.Year;

    /// <summary>The evaluation, for the forms that print weights, indices or criteria; a period form's loader always computes it.</summary>
    public ProgramEvaluation EvaluationOf(FormDefinition form) =>
        Evaluation ?? throw new ArgumentException($"The form «{form.Code}» prints the evaluation of the period: build it from a period's input.", nameof(form));

    /// <summary>Funding lines of the reporting period.</summary>
    public IEnumerable<FundingLine> FundingOfPeriod => Program.FundingLines.Where(f => f.Year == Period.Year && f.Period == Period.Kind);

    public IEnumerable<Indicator> Indicators => Indicator.InOrder(Program.Indicators);

    /// <summary>The program's activities in document order (the one walk of the portal).</summary>
    public ActivityTree Activities { get; } = new(Program.Activities);

    public string DepartmentName(int? id) =>
        id is { } d ? Municipality.Departments.FirstOrDefault(x => x.Id == d)?.Name ?? Program.ResponsibleExecutor?.Name ?? RuFormat.Missing : RuFormat.Missing;

    /// <summary>The program's name in quotes, as titles print it: «Развитие …».</summary>
    public string Title => $"«{Program.Name}»";

    public SignatureBlock? Signature => Report is null ? null
        : new SignatureBlock(Report.SignatoryPosition, Report.SignatoryName, Report.ContactName, Report.ContactPhone);

    /// <summary>The funding sources a form prints: those with any line, always including the local budget.</summary>
    public IReadOnlyList<FundingSource> SourcesUsed(IEnumerable<FundingLine> lines)
    {
        var used = lines.Select(l => l.Source).ToHashSet();
        return Enum.GetValues<FundingSource>().Where(s => used.Contains(s) || s == FundingSource.Local).ToList();
    }

    /// <summary>
    /// The program's co-executors, by department id: the link rows have no order of their own and the
    /// database returns them in any order, so without one the printed list changes between requests.
    /// </summary>
    public IReadOnlyList<string> CoExecutorNames => Program.CoExecutors.OrderBy(c => c.DepartmentId).Select(c => DepartmentName(c.DepartmentId)).ToList();

    /// <summary>An activity's executors, by department id (as <see cref="CoExecutorNames"/>).</summary>
    public IEnumerable<string> ExecutorNames(Activity activity) => activity.Executors.OrderBy(e => e.DepartmentId).Select(e => DepartmentName(e.DepartmentId));

    public string ResponsibleExecutorName => Program.ResponsibleExecutor?.Name ?? DepartmentName(Program.ResponsibleExecutorId);
}
