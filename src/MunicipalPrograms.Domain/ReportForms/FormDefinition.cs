using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.ReportForms.Builders;

namespace MunicipalPrograms.Domain.ReportForms;

/// <summary>Whether a form is of one program or over all programs (of a municipality).</summary>
public enum FormScope { Program, AllPrograms }

/// <summary>What a form of one program reads, so the loader fetches that and no more.</summary>
public enum ProgramData
{
    /// <summary>
    /// One reporting period: its plans, facts, funding and report, the previous year's indicator values
    /// (last year's fact, the growth rate) and the evaluation computed from them.
    /// </summary>
    Period,

    /// <summary>Every year of the program period: the forms of the program document (appendices 1–7).</summary>
    WholeProgram,
}

/// <summary>
/// A printable form: its slug in URLs (Code), its title in the screens' lists, its short name for file
/// names and buttons, and the appendix of the Procedure it is (printed top right), if any.
/// </summary>
public abstract record FormDefinition(string Code, string Title, string FileName, int? Appendix, FormScope Scope, bool HasYear);

/// <summary>Which reporting periods a form of a period is made for.</summary>
public enum FormPeriods
{
    /// <summary>Any period: the year and its interim periods (Кедровый's forms 1–3 have «plan for the period» columns).</summary>
    Any,

    /// <summary>Only the year: the annual report (4.8, appendix 9) and the annual evaluation (4.9, appendix 10).</summary>
    Year,

    /// <summary>Only a quarter, half-year or nine months: the interim monitoring form (4.6; seed 003).</summary>
    Interim,
}

/// <summary>A form of one program, built by a pure builder from what <see cref="Data"/> says it reads.</summary>
public sealed record ProgramFormDefinition(string Code, string Title, string FileName, int? Appendix, ProgramData Data,
    Func<ProgramFormInput, ReportDocument> Build, FormPeriods Periods = FormPeriods.Any)
    : FormDefinition(Code, Title, FileName, Appendix, FormScope.Program, HasYear: Data == ProgramData.Period)
{
    /// <summary>Whether the form is printed for a reporting period of this kind (a form of the whole program: always).</summary>
    public bool IsFor(PeriodKind kind) => Data == ProgramData.WholeProgram || Periods switch
    {
        FormPeriods.Year => kind == PeriodKind.Year,
        FormPeriods.Interim => kind != PeriodKind.Year,
        _ => true,
    };
}

/// <summary>A form over all programs, built from <typeparamref name="TInput"/>: the type says what the loader fetches.</summary>
public sealed record AllProgramsFormDefinition<TInput>(string Code, string Title, string FileName, int? Appendix, bool HasYear,
    Func<TInput, ReportDocument> Build)
    : FormDefinition(Code, Title, FileName, Appendix, FormScope.AllPrograms, HasYear);
