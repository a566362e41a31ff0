using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Web.ReportForms;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>
/// One stylesheet, two ways (ADR 0023): the screen links wwwroot/css/report-form.css (the Content-Security-Policy
/// refuses inline style); the HTML handed to Chromium for the PDF, loaded with SetContent and never served, has it inline.
/// </summary>
public sealed class FormStylesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_screen_links_the_stylesheet_and_the_printer_gets_it_inline()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var client = await portal.SignInAsync("viewer");
        var screen = await client.GetStringAsync($"/forms/programs/{id}/report-three-sections?year=2024");
        var css = await client.GetStringAsync("/css/report-form.css");
        var printed = await portal.Services.GetRequiredService<HtmlReportRenderer>()
            .RenderAsync(new ReportDocument { FormCode = "test", FormName = "Проверка", Title = ["Проверка"] });

        screen.Should().Contain("<link rel=\"stylesheet\" href=\"/css/report-form.css").And.NotContain("<style");
        css.Should().Contain("@page { size: A4 landscape;");
        printed.Should().Contain("<style>").And.Contain("@page { size: A4 landscape;").And.NotContain("report-form.css");
    }
}
