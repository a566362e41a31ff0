using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Web.ReportForms;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>
/// The dispatch of /forms/…: every entry of the registry reaches a builder whose document carries the
/// entry's code.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FormDispatchTests(PortalFactory portal)
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
}
