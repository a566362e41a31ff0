using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Programs;

public sealed class ProgramPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ListShowsEveryDemoProgram()
    {
        await using var db = portal.CreateDbContext();
        var names = await db.Programs.Select(p => p.Name).ToListAsync();

        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync("/Programs");

        names.Should().HaveCount(4);
        html.Should().Contain("Программ: 4");
        foreach (var name in names)
            html.Should().Contain(name);
        html.Should().Contain("Развитие местного самоуправления в муниципальном образовании город Алексин");
    }

    [Fact]
    public async Task ListCanBeFilteredByMunicipality()
    {
        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync("/Programs?m=aleksin");

        html.Should().Contain("Программ: 1");
        HtmlTable.RowWith(html, "programs", "ALX-MP-04")[1].Should().Be("Развитие местного самоуправления в муниципальном образовании город Алексин");
    }

    [Fact]
    public async Task PassportShowsTotalsComputedFromRowsInRussianFormat()
    {
        await using var db = portal.CreateDbContext();
        var id = await db.Programs.Where(p => p.Municipality!.Code == "aleksin").Select(p => p.Id).SingleAsync();

        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync($"/Programs/Details/{id}");

        // Seed 000, section 3, «Всего» (lines 600–606); the approving act from its header (lines 12–13).
        html.Should().Contain("10\u00A0632\u00A0100,00").And.Contain("10\u00A0590\u00A0548,91");
        html.Should().Contain("Постановление администрации муниципального образования город Алексин от 27.12.2023 № 2828");
    }

    [Fact]
    public async Task UnknownProgramAnswers404WithARussianPage()
    {
        var response = await (await portal.SignInAsync("viewer")).GetAsync("/Programs/Details/987654");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Страница не найдена");
    }
}
