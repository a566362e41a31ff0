using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.ReportForms;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// What the _FormExports partial lists, from the registry of forms: forms of one program (ProgramId
/// set) or forms over all programs, for a year and optionally one municipality.
/// </summary>
public sealed record FormExportsModel(IReadOnlyList<FormDefinition> Forms, int? ProgramId = null, int? Year = null, string? Municipality = null,
    PeriodKind Period = PeriodKind.Year)
{
    /// <summary>Every form of one program: the program page.</summary>
    public static FormExportsModel ForProgram(int programId, int? year) =>
        new(FormRegistry.OfScope(FormScope.Program).Where(f => f is not ProgramFormDefinition d || d.IsFor(PeriodKind.Year)).ToList(), programId, year);

    /// <summary>The forms of one program's reporting period (those made for its kind): the report and evaluation screens.</summary>
    public static FormExportsModel ForProgramPeriod(int programId, ReportingPeriod period) =>
        new(FormRegistry.OfPeriod(period.Kind).ToList<FormDefinition>(), programId, period.Year, Period: period.Kind);

    public static FormExportsModel ForAllPrograms(int? year, string? municipality) =>
        new(FormRegistry.OfScope(FormScope.AllPrograms).ToList(), null, year, municipality);

    public string UrlFor(FormDefinition form) => ProgramId is { } id ? $"/forms/programs/{id}/{form.Code}" : $"/forms/{form.Code}";

    public string QueryFor(FormDefinition form)
    {
        var parts = new List<string>();
        if (form.HasYear && Year is { } y) parts.Add($"year={y}");
        if (form.HasYear && Period != PeriodKind.Year) parts.Add($"period={Period}");
        if (ProgramId is null && !string.IsNullOrEmpty(Municipality)) parts.Add($"m={Uri.EscapeDataString(Municipality)}");
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
