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

        // Seed 000 worked by hand (docs/methodology.md §13): Ip = 1,0831548, Iэ = 1,0789218; indicator 1: 74 / 30 = 246,7 %;
        // indicator 11 (decrease): plan 1,1, fact 1,1.
        html.Should().Contain("1,0832").And.Contain("1,0789").And.Contain("высокий уровень эффективности");
        html.Should().Contain("Iэ = Vf × Ip / Vp = 10\u00A0590\u00A0548,91 × 1,0832 / 10\u00A0632\u00A0100 = 1,0789");
        html.Should().Contain("выполнен на 246,7 % плана");
        html.Should().Contain("на снижение: S = Rp / Rf = 1,1 / 1,1 = 1,0000");
    }

    [Fact]
    public async Task ConsolidatedPageListsTheProgramsOfThePeriodWithTheirIndices()
    {
        var html = await (await portal.SignInAsync("viewer")).GetDecodedAsync("/Evaluation?year=2021&period=Year");

        html.Should().Contain("2021 год · программ: 1", "only Кедровый reports on 2021");
        // Seed 001, Form 1, the ten 2021 indicators (all increase, equal weights): S = 0/90, 100/100, 99,5/90, 91,2/100,
        // 100/100, 8/9, 450/300, 39/30, 20/30, 0/10 = 0 + 1 + 1,1055556 + 0,912 + 1 + 0,8888889 + 1,5 + 1,3 + 0,6666667 + 0
        // = 8,3731111; Ip = 0,8373111. Form 2 «Всего»: plan 1 129,01, cash 1 097,79 (lines 215–217):
        // Iэ = 1 097,79 × 0,8373111 / 1 129,01 = 0,8141573 → 0,8 ≤ Iэ < 0,9: запланированный.
        HtmlTable.RowWith(html, "consolidated", "Кедровый")[2..6].Should().Equal("Принят", "0,8373", "0,8142", "запланированный уровень эффективности");
    }

    [Fact]
    public async Task UnknownProgramEvaluationIs404()
    {
        var response = await (await portal.SignInAsync("viewer")).GetAsync("/Evaluation/Program/424242");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
