namespace MunicipalPrograms.Domain.ReportForms.Builders;

/// <summary>
/// The head of every form's document, made in one place so all forms agree: code and file name from the
/// form's registry entry, the appendix heading, the title block, the money unit, the program and the year.
/// A builder adds its body with <c>with { Sections = …, Footnotes = …, Signature = … }</c>.
/// </summary>
public static class DocumentHeader
{
    /// <summary>
    /// A form of one program. The title block: the heading, the program's name in quotes, then «за 2024 год»
    /// for a form of a reporting period or «2021–2026 годы» for one of the program document, then the
    /// form's own line (Кедровый's «Форма 1. …»), if any.
    /// </summary>
    public static ReportDocument For(ProgramFormDefinition form, ProgramFormInput input, string heading, string? subtitle = null) => new()
    {
        FormCode = form.Code,
        FormName = form.FileName,
        AppendixHeading = Appendix(form, input.Municipality.Name),
        Title = [heading, input.Title, form.HasYear ? $"за {input.Period.Caption()}" : input.Program.PeriodCaption(), .. Optional(subtitle)],
        MoneyUnitCaption = input.MoneyUnit,
        ProgramCode = input.Program.RegistryCode,
        ProgramName = input.Program.Name,
        Year = form.HasYear ? input.Year : null,
    };

    /// <summary>A form over many programs: no program; the appendix heading names <paramref name="appendixFor"/>.</summary>
    public static ReportDocument For(FormDefinition form, IReadOnlyList<string> title, int? year, string appendixFor = "") => new()
    {
        FormCode = form.Code,
        FormName = form.FileName,
        AppendixHeading = Appendix(form, appendixFor),
        Title = title,
        Year = form.HasYear ? year : null,
    };

    /// <summary>«Приложение № 9 / к Порядку разработки, реализации и оценки эффективности …», for the Procedure's appendices.</summary>
    private static IReadOnlyList<string> Appendix(FormDefinition form, string municipalityName) => form.Appendix is not { } number ? [] :
    [
        $"Приложение № {number}",
        "к Порядку разработки, реализации и оценки",
        "эффективности муниципальных программ",
        municipalityName,
    ];

    private static IEnumerable<string> Optional(string? line) => line is null ? [] : [line];
}
