using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>Every form of every demo program opens as a page and as a workbook with its title.</summary>
public sealed class EveryFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryProgramFormRendersAsHtmlAndXlsx()
    {
        await using var db = portal.CreateDbContext();
        var ids = await db.Programs.Select(p => p.Id).ToListAsync();
        var client = (await portal.SignInAsync("viewer"));
        var checkedForms = 0;
        foreach (var id in ids)
            foreach (var form in FormRegistry.OfScope(FormScope.Program))
            {
                // A form of interim periods only is asked for a half-year of the default year.
                var query = form is ProgramFormDefinition { Periods: FormPeriods.Interim } ? "?period=HalfYear" : "";
                var html = await client.GetDecodedAsync($"/forms/programs/{id}/{form.Code}{query}");
                html.Should().Contain("class=\"title-main\"", $"{form.Code} of program {id} has a title block").And.Contain("id=\"export-xlsx\"");
                var (workbook, fileName) = await client.XlsxAsync($"/forms/programs/{id}/{form.Code}/xlsx{query}");
                workbook.Worksheets.Should().NotBeEmpty();
                workbook.Worksheets.First().CellsUsed().Should().Contain(c => c.GetString().Length > 10, $"{form.Code} has a title");
                fileName.Should().EndWith(".xlsx");
                checkedForms++;
            }
        checkedForms.Should().Be(ids.Count * FormRegistry.OfScope(FormScope.Program).Count());
    }

    [Fact]
    public async Task RegistryListsEveryProgram()
    {
        await using var db = portal.CreateDbContext();
        var codes = await db.Programs.Select(p => p.RegistryCode).ToListAsync();

        var (workbook, _) = await (await portal.SignInAsync("viewer")).XlsxAsync("/forms/registry/xlsx");

        var ws = workbook.Worksheet("Форма");
        ws.AssertHasCell("Перечень муниципальных программ");
        foreach (var code in codes) ws.CellsUsed().Should().Contain(c => c.GetString() == code);
    }

    [Fact]
    public async Task UnknownFormIsNotFound()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin); // a program that exists: only the form is unknown

        var response = await (await portal.SignInAsync("viewer")).GetAsync($"/forms/programs/{id}/no-such-form/xlsx");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/Programs/Details/{id}", "annual-report")]
    [InlineData("/Evaluation/Program/{id}?year=2024", "evaluation")]
    [InlineData("/Evaluation?year=2024", "consolidated")]
    public async Task ScreensOfferExcelAndPdfButtons(string page, string form)
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);

        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync(page.Replace("{id}", id.ToString()));

        html.Should().Contain($"data-form=\"{form}\"").And.Contain($"/{form}/xlsx").And.Contain($"/{form}/pdf");
    }

    [Fact]
    public async Task WithoutChromiumPdfExplainsItselfAndXlsxStillWorks()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        await using var noChromium = await portal.VariantAsync(b => b.UseSetting("ReportForms:ChromiumPath", "/nonexistent/chromium"));
        var client = await noChromium.SignInAsync("viewer");

        var pdf = await client.GetAsync($"/forms/programs/{id}/annual-report/pdf?year=2024");
        var xlsx = await client.GetAsync($"/forms/programs/{id}/annual-report/xlsx?year=2024");

        pdf.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var text = WebUtility.HtmlDecode(await pdf.Content.ReadAsStringAsync());
        text.Should().Contain("не найден браузер Chromium").And.Contain("Скачать Excel").And.NotContain("Exception");
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
