using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>A draft sent for review is read-only in the grids, even for its responsible executor.</summary>
public sealed class PlanGridUnderReviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_executor_reads_a_draft_under_review_and_cannot_save_it()
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.SingleAsync(p => p.RegistryCode == "KZH-MP-01");
        var user = new UserScope("kozh.admin", Roles.Executor, program.ResponsibleExecutorId, program.MunicipalityId);
        await portal.WithScopeAsync(async sp =>
        {
            var drafts = sp.GetRequiredService<ProgramDraftService>();
            (await drafts.OpenAmendmentAsync(program.Id, user, default)).Done.Should().BeTrue();
            return (await drafts.SendAsync(program.Id, user, default)).Done.Should().BeTrue();
        });
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var url = $"/Programs/{program.Id}/Draft/Indicators";

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        var post = await client.PostFormAsync(url, html, new() { ["DraftVersion"] = "1" });

        html.Should().Contain("на согласовании").And.Contain("id=\"read-only\"").And.NotContain("id=\"save\"");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
