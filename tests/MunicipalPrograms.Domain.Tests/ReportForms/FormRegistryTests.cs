using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Domain.ReportForms.Builders;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Tests.ReportForms;

/// <summary>The registry of forms: one entry per form, and each entry's builder makes a document that carries it.</summary>
public sealed class FormRegistryTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.AnnualOf(2024);

    private static MunicipalProgram Program()
    {
        var municipality = new Municipality { Id = 1, Code = "aleksin", Name = "Муниципальное образование город Алексин", MoneyUnit = MoneyUnit.Rubles };
        return new MunicipalProgram
        {
            Id = 1, Name = "Развитие местного самоуправления", RegistryCode = "ALX", Municipality = municipality, StartYear = 2024, EndYear = 2026,
            Goals = [new Goal { Id = 1, Name = "Цель", Objectives = [new Objective { Id = 1, Name = "Задача" }] }],
            Activities = [new Activity { Id = 1, Code = "1", Name = "Обучение", PlannedEnd = new DateOnly(2024, 12, 31) }],
            FundingLines = [new FundingLine { ActivityId = 1, Year = 2024, Source = FundingSource.Local, Planned = 38_000m, Actual = 38_000m }],
            Indicators =
            [
                new Indicator { Id = 1, Code = "1", Name = "Обучено служащих", Unit = "Единиц", Direction = Direction.Increase, ObjectiveId = 1,
                    Values = [new IndicatorValue { Year = 2024, Planned = 30, Actual = 74 }] },
            ],
        };
    }

    private static ProgramFormInput Input()
    {
        var program = Program();
        var report = new ProgressReport { Year = 2024 };
        var evaluation = ProgramEvaluation.Of(ProgramInputBuilder.Build(program, report, Year2024), new MethodologySettings());
        return new ProgramFormInput(program, Year2024, report, evaluation);
    }

    private static ReportDocument Build(FormDefinition form) => form switch
    {
        ProgramFormDefinition f => f.Build(Input()),
        AllProgramsFormDefinition<IReadOnlyList<MunicipalProgram>> f => f.Build([Program()]),
        AllProgramsFormDefinition<ConsolidatedInput> f => f.Build(new ConsolidatedInput(Year2024, [new ConsolidatedEntry(Program(), null, Input().Evaluation!)])),
        _ => throw new InvalidOperationException($"The test has no input for {form.GetType().Name}."),
    };

    public static TheoryData<string> Codes() => [.. FormRegistry.All.Select(f => f.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_entry_builds_a_document_that_carries_its_code_and_name(string code)
    {
        var form = FormRegistry.Find(code)!;

        var document = Build(form);

        document.FormCode.Should().Be(code);
        document.FormName.Should().Be(form.FileName);
        document.Year.Should().Be(form.HasYear ? 2024 : null);
        document.ProgramCode.Should().Be(form.Scope == FormScope.Program ? "ALX" : null);
        document.AppendixHeading.FirstOrDefault().Should().Be(form.Appendix is { } n ? $"Приложение № {n}" : null);
    }

    [Fact]
    public void Codes_titles_and_file_names_are_unique()
    {
        FormRegistry.All.Select(f => f.Code).Should().OnlyHaveUniqueItems();
        FormRegistry.All.Select(f => f.Title).Should().OnlyHaveUniqueItems();
        FormRegistry.All.Select(f => f.FileName).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_form_that_is_an_appendix_says_so_in_its_title()
    {
        foreach (var form in FormRegistry.All)
            if (form.Appendix is { } n) form.Title.Should().EndWith($"(приложение {n})");
            else form.Title.Should().NotContain("приложение");
    }

    [Fact]
    public void The_screens_list_the_forms_in_this_order()
    {
        FormRegistry.OfScope(FormScope.Program).Select(f => f.Code).Should().Equal(
            "annual-report", "evaluation", "report-three-sections", "interim-monitoring", "form1-indicators", "form2-expenses", "form3-amendments",
            "passport", "activities", "capital-objects", "subprogram-passports", "indicators", "indicator-passports", "resource-needs");
        FormRegistry.OfPeriod(Domain.Common.PeriodKind.Year).Select(f => f.Code).Should().Equal(
            "annual-report", "evaluation", "report-three-sections", "form1-indicators", "form2-expenses", "form3-amendments");
        // An interim period prints its monitoring form instead of the annual report and evaluation (Procedure 4.6, 4.8).
        foreach (var kind in new[] { Domain.Common.PeriodKind.Quarter1, Domain.Common.PeriodKind.HalfYear, Domain.Common.PeriodKind.NineMonths })
            FormRegistry.OfPeriod(kind).Select(f => f.Code).Should().Equal("interim-monitoring", "form1-indicators", "form2-expenses", "form3-amendments");
        FormRegistry.OfScope(FormScope.AllPrograms).Select(f => f.Code).Should().Equal("consolidated", "registry");
    }

    [Fact]
    public void An_unknown_code_finds_nothing() => FormRegistry.Find("no-such-form").Should().BeNull();
}
