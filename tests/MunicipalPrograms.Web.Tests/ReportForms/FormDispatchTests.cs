using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ReportForms;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>
/// The dispatch of /forms/…: every entry of the registry reaches a builder whose document carries the
/// entry's code, and loading a form costs as many queries for a large program as for a small one.
/// </summary>
public sealed class FormDispatchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Codes() => [.. FormRegistry.All.Select(f => f.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Every_registry_entry_dispatches_to_a_builder_of_that_form(string code)
    {
        var form = FormRegistry.Find(code)!;
        var aleksin = await portal.ProgramIdAsync(Forms.Aleksin);

        var document = await portal.WithScopeAsync(async s =>
        {
            var service = s.GetRequiredService<ReportFormService>();
            return form is ProgramFormDefinition one
                ? await service.ProgramFormAsync(one, aleksin, ReportingPeriod.AnnualOf(2024), CancellationToken.None)
                : await service.AllProgramsFormAsync(form, ReportingPeriod.AnnualOf(2024), null, CancellationToken.None);
        });

        document!.FormCode.Should().Be(code);
        document.FormName.Should().Be(form.FileName);
    }

    [Theory]
    [InlineData("annual-report")]
    [InlineData("passport")]
    public async Task A_form_of_37_indicators_takes_as_many_queries_as_one_of_10(string form)
    {
        var client = await portal.SignInAsync("viewer");
        var aleksin = await client.SqlQueriesAsync($"/forms/programs/{await portal.ProgramIdAsync(Forms.Aleksin)}/{form}?year=2024"); // 37 indicators
        var kedrovy = await client.SqlQueriesAsync($"/forms/programs/{await portal.ProgramIdAsync(Forms.Kedrovy)}/{form}?year=2021"); // 10 indicators

        aleksin.Should().Be(kedrovy).And.BeInRange(1, 16);
    }

}
