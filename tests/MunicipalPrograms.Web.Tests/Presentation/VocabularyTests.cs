using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ReportForms;

namespace MunicipalPrograms.Web.Tests.Presentation;

/// <summary>Issue 18, one vocabulary: a budget is named as its municipality names it (kozhevnikovo-2021-2026.json: «районный бюджет»).</summary>
public sealed class VocabularyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_report_page_names_the_missing_cash_execution_by_the_municipalitys_budget_name()
    {
        var id = await portal.ProgramIdAsync("KZH-MP-01");
        var html = await (await portal.SignInAsync("kozh.admin")).GetDecodedAsync($"/Reports/Edit/{id}?year=2026&period=Year");

        html.Should().Contain("не указано кассовое исполнение (районный бюджет)").And.NotContain("(местный бюджет)");
    }
}
