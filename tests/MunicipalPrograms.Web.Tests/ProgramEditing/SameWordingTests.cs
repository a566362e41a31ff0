using System.Net;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>Rule 1.4: a goal worded as in another program of the same municipality is saved with a warning naming that program.</summary>
public sealed class SameWordingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_goal_worded_as_in_another_program_of_the_municipality_is_warned_about()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        await using (var db = portal.CreateDbContext())
        {
            var kozh = await db.Programs.SingleAsync(p => p.Id == id);
            var other = new MunicipalProgram
            {
                MunicipalityId = kozh.MunicipalityId, RegistryCode = "KZH-MP-09", Name = "Развитие культуры", StartYear = 2024, EndYear = 2028,
                ResponsibleExecutorId = kozh.ResponsibleExecutorId, Status = ProgramStatus.InForce,
            };
            other.Goals.Add(new Goal { Code = "1", Name = "Сохранение культурного наследия района" });
            db.Programs.Add(other);
            await db.SaveChangesAsync();
        }
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, goals) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Goals"), "goals-form");
        goals.Set("Goals[1].Code", "2").Set("Goals[1].Name", "сохранение культурного  наследия района.");

        var response = await client.PostAsync(DraftPages.Url(id, "Goals"), goals.Content());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "a warning does not refuse the save");
        var page = await client.GetDecodedAsync(DraftPages.Url(id, "Goals"));
        page.Should().Contain("Цель 2: такая же формулировка есть в программе «Развитие культуры» (код KZH-MP-09)");
        (await DraftPages.PlanAsync(portal, id)).Goals.Select(g => g.Code).Should().Equal("1", "2");
    }
}
