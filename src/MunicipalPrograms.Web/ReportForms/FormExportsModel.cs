using MunicipalPrograms.Domain.ReportForms;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// What the _FormExports partial lists, from the registry of forms: forms of one program (ProgramId
/// set) or forms over all programs, for a year and optionally one municipality.
/// </summary>
public sealed record FormExportsModel(IReadOnlyList<FormDefinition> Forms, int? ProgramId = null, int? Year = null, string? Municipality = null)
{
    /// <summary>Every form of one program: the program page.</summary>
    public static FormExportsModel ForProgram(int programId, int? year) =>
        new(FormRegistry.OfScope(FormScope.Program).ToList(), programId, year);

    /// <summary>The forms of one program's reporting period: the report and evaluation screens.</summary>
    public static FormExportsModel ForProgramPeriod(int programId, int year) =>
        new(FormRegistry.OfPeriod.ToList<FormDefinition>(), programId, year);

    public static FormExportsModel ForAllPrograms(int? year, string? municipality) =>
        new(FormRegistry.OfScope(FormScope.AllPrograms).ToList(), null, year, municipality);

    /// <summary>An interim period for the forms that read one (the dashboard of an interim campaign); null: the year.</summary>
    public Domain.Common.PeriodKind? Period { get; init; }

    public string UrlFor(FormDefinition form) => ProgramId is { } id ? $"/forms/programs/{id}/{form.Code}" : $"/forms/{form.Code}";

    public string QueryFor(FormDefinition form)
    {
        var parts = new List<string>();
        if (form.HasYear && Year is { } y) parts.Add($"year={y}");
        if (form.HasYear && Period is { } k and not Domain.Common.PeriodKind.Year) parts.Add($"period={k}");
        if (ProgramId is null && !string.IsNullOrEmpty(Municipality)) parts.Add($"m={Uri.EscapeDataString(Municipality)}");
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
