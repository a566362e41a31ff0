using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.ReportForms;

/// <summary>
/// A report form as neutral data: what is printed and in which order, not how. The HTML, XLSX and
/// PDF renderers all read this one model, so the three outputs of a form agree. A record, so a builder
/// adds its body to the common header (Builders/DocumentHeader) with <c>with { … }</c>.
/// </summary>
public sealed record ReportDocument
{
    /// <summary>Stable slug of the form, e.g. "annual-report".</summary>
    public required string FormCode { get; init; }
    /// <summary>Short Russian name of the form for file names and buttons: «Годовой отчет».</summary>
    public required string FormName { get; init; }
    /// <summary>«Приложение № 9 / к Порядку разработки, …»: printed top right, one line per item.</summary>
    public IReadOnlyList<string> AppendixHeading { get; init; } = [];
    /// <summary>The title block: the first line bold, the others under it, all centred.</summary>
    public required IReadOnlyList<string> Title { get; init; }
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];
    /// <summary>Notes printed under everything (marked «*» etc. by the builder).</summary>
    public IReadOnlyList<string> Footnotes { get; init; } = [];
    public SignatureBlock? Signature { get; init; }
    /// <summary>The unit the money columns are in, for the caption above tables: «рублей».</summary>
    public string? MoneyUnitCaption { get; init; }
    /// <summary>Program registry code, or null for forms over many programs (file names).</summary>
    public string? ProgramCode { get; init; }
    public string? ProgramName { get; init; }
    /// <summary>The year the form is for (file names); null when the form has no year.</summary>
    public int? Year { get; init; }

    public IEnumerable<ReportTable> Tables => Sections.OfType<TableSection>().Select(s => s.Table);
}

/// <summary>A part of a document under an optional heading («1. Результативность …»).</summary>
public abstract record ReportSection(string? Heading);

/// <summary>Label–value rows, as in passports and report headers.</summary>
public sealed record KeyValueSection(string? Heading, IReadOnlyList<KeyValueItem> Items) : ReportSection(Heading);

/// <summary>One row of a key-value block; the value may have several lines (one per item).</summary>
public sealed record KeyValueItem(string Label, IReadOnlyList<string> Lines)
{
    public KeyValueItem(string label, string? value) : this(label, string.IsNullOrWhiteSpace(value) ? [RuFormat.Missing] : [value]) { }
}

/// <summary>Paragraphs of text (the narrative of a report).</summary>
public sealed record TextSection(string? Heading, IReadOnlyList<string> Paragraphs) : ReportSection(Heading);

public sealed record TableSection(string? Heading, ReportTable Table) : ReportSection(Heading);

/// <summary>
/// A chart with its numbers: the HTML and the PDF draw it and print its table; the XLSX has it as a picture above its
/// table (issue 12).
/// </summary>
public sealed record ChartSection(string? Heading, Charts.Chart Chart) : ReportSection(Heading);

/// <summary>Who signs the form, and who to call about it.</summary>
public sealed record SignatureBlock(string? Position, string? Name, string? ContactName, string? ContactPhone);
