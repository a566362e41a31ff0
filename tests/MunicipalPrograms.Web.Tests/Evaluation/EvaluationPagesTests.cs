using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Evaluation;

public sealed class EvaluationPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ProgramPageShowsIndicesWithTheirExplanation()
    {
        await using var db = portal.CreateDbContext();
        var id = await db.Programs.Where(p => p.Municipality!.Code == "aleksin").Select(p => p.Id).SingleAsync();

        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync($"/Evaluation/Program/{id}?year=2024&period=Year");

        html.Should().Contain("1,0832").And.Contain("1,0789").And.Contain("высокий уровень эффективности");
        html.Should().Contain("Iэ = Vf × Ip / Vp = 10\u00A0590\u00A0548,91 × 1,0832 / 10\u00A0632\u00A0100 = 1,0789");
        html.Should().Contain("выполнен на 246,7 % плана");
        html.Should().Contain("на снижение: S = Rp / Rf = 1,1 / 1,1 = 1");
    }

    [Fact]
    public async Task ConsolidatedPageListsTheProgramsOfThePeriod()
    {
        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync("/Evaluation?year=2021&period=Year");

        html.Should().Contain("Кедровый").And.NotContain("город Алексин</a>");
    }

    [Fact]
    public async Task UnknownProgramEvaluationIs404()
    {
        var response = await (await portal.SignInAsync("viewer")).GetAsync("/Evaluation/Program/424242");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
