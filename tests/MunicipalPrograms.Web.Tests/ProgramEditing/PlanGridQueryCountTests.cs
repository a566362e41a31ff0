using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.ProgramEditing.Grids;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// The plan grids cost a fixed number of SQL queries, whatever the size of the program: the amendment drafts of the
/// Алексин program (ALX-MP-04, 37 indicators) and of the Кожевниковский one (KZH-MP-01, 6 indicators), each read by its
/// responsible executor.
/// </summary>
public sealed class PlanGridQueryCountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<int> DraftAsync(string code, string userName)
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.Where(p => p.RegistryCode == code).Select(p => new { p.Id, p.ResponsibleExecutorId, p.MunicipalityId }).SingleAsync();
        if (!await db.ProgramDrafts.AnyAsync(d => d.ProgramId == program.Id))
        {
            var user = new UserScope(userName, Roles.Executor, program.ResponsibleExecutorId, program.MunicipalityId);
            var opened = await portal.WithScopeAsync(sp => sp.GetRequiredService<ProgramDraftService>().OpenAmendmentAsync(program.Id, user, CancellationToken.None));
            opened.Done.Should().BeTrue(opened.FirstError);
        }
        return program.Id;
    }


    [Theory]
    [InlineData("Indicators")]
    [InlineData("Funding")]
    public async Task The_grid_of_the_37_indicator_program_takes_as_many_queries_as_that_of_the_6_indicator_one(string grid)
    {
        var aleksin = await DraftAsync("ALX-MP-04", "aleksin.uorio");
        var kozh = await DraftAsync("KZH-MP-01", "kozh.admin");
        (await DraftPages.PlanAsync(portal, aleksin)).Indicators.Should().HaveCount(37);
        (await DraftPages.PlanAsync(portal, kozh)).Indicators.Should().HaveCount(6);

        var large = await (await portal.SignInAsync("aleksin.uorio")).SqlQueriesAsync(DraftPages.Url(aleksin, grid));
        var small = await (await portal.SignInAsync("kozh.admin")).SqlQueriesAsync(DraftPages.Url(kozh, grid));

        large.Should().Be(small).And.BeInRange(1, 10);
    }

    [Fact]
    public void A_long_link_caption_is_cut_at_a_word_and_a_short_one_is_kept()
    {
        IndicatorLinks.Caption("Цель 1 Рост").Should().Be("Цель 1 Рост");
        var cut = IndicatorLinks.Caption("Задача 4 Оперативное освещение в средствах массовой информации, на официальном сайте и в социальных сетях");
        cut.Should().Be("Задача 4 Оперативное освещение в средствах массовой информации, на…");
        cut.Length.Should().BeLessThanOrEqualTo(IndicatorLinks.CaptionLength);
    }
}
