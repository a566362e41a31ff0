using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Dashboard;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramRegistry;

/// <summary>
/// The registry's rows are kept per instance under the sum of all stamps (ADR 0033): a program changed through another
/// instance (SQL written by the test) — its name, or a draft opened for it — shows on the next load of the list.
/// </summary>
public sealed class RegistryCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_program_renamed_and_a_draft_opened_elsewhere_show_on_the_next_load()
    {
        var (dept, ids) = await DashboardPages.GenerateAsync(portal, "REGC", (null, 100m, null));
        var client = await portal.SignInAsync("finance");
        var url = $"/Programs?m=aleksin&dept={dept}";
        var before = await client.GetDecodedAsync(url);

        await using (var db = portal.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE programs SET name = 'Программа REGC переименована' WHERE id = {ids[0]}");
        }
        var renamed = await client.GetDecodedAsync(url);
        await using (var db = portal.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO program_drafts (program_id, kind, status, plan_json, created_by, created_at) VALUES ({ids[0]}, 'Amendment', 'Editing', '{{}}', 'test', '2026-03-01T09:00:00Z')");
        }
        var drafted = await client.GetDecodedAsync(url);

        before.Should().Contain("Программа REGC № 1");
        renamed.Should().Contain("Программа REGC переименована").And.NotContain("Программа REGC № 1");
        renamed.Should().NotContain("draft-state");
        drafted.Should().Contain("<div class=\"small text-muted draft-state\">", "the open draft is shown on the program's row");
    }
}
