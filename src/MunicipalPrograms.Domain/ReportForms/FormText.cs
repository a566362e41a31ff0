namespace MunicipalPrograms.Domain.ReportForms;

/// <summary>Words the builders print in many forms: the appendix heading, a quoted name.</summary>
public static class FormText
{
    /// <summary>«Приложение № 9 / к Порядку разработки, реализации и оценки эффективности …».</summary>
    public static IReadOnlyList<string> Appendix(int number, string municipalityName) =>
    [
        $"Приложение № {number}",
        "к Порядку разработки, реализации и оценки",
        "эффективности муниципальных программ",
        municipalityName,
    ];

    public static string Quoted(string name) => $"«{name}»";
}
