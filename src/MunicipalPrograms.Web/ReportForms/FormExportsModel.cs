namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// What the _FormExports partial lists: forms of one program (ProgramId set) or forms over all
/// programs, for a year and optionally one municipality.
/// </summary>
public sealed record FormExportsModel(IReadOnlyList<FormDefinition> Forms, int? ProgramId = null, int? Year = null, string? Municipality = null)
{
    public static FormExportsModel ForProgram(int programId, int? year, params string[] codes) =>
        new(Pick(FormScope.Program, codes), programId, year);

    public static FormExportsModel ForAllPrograms(int? year, string? municipality, params string[] codes) =>
        new(Pick(FormScope.AllPrograms, codes), null, year, municipality);

    private static List<FormDefinition> Pick(FormScope scope, string[] codes) =>
        codes.Length == 0 ? ReportFormCatalog.OfScope(scope).ToList() : codes.Select(c => ReportFormCatalog.Find(c)).OfType<FormDefinition>().ToList();

    public string UrlFor(FormDefinition form) => ProgramId is { } id ? $"/forms/programs/{id}/{form.Code}" : $"/forms/{form.Code}";

    public string QueryFor(FormDefinition form)
    {
        var parts = new List<string>();
        if (form.HasYear && Year is { } y) parts.Add($"year={y}");
        if (ProgramId is null && !string.IsNullOrEmpty(Municipality)) parts.Add($"m={Uri.EscapeDataString(Municipality)}");
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
