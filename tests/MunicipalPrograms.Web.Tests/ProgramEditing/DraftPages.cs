using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>The Кожевниковский program's amendment draft, opened as kozh.admin, and the addresses of its forms.</summary>
public static class DraftPages
{
    public static async Task<int> KozhevnikovoWithDraftAsync(PortalFactory portal)
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => new { p.Id, p.MunicipalityId }).SingleAsync();
        if (await db.ProgramDrafts.AnyAsync(d => d.ProgramId == program.Id)) return program.Id;
        var admin = await db.Departments.Where(d => d.MunicipalityId == program.MunicipalityId && d.Code == "admin").Select(d => d.Id).SingleAsync();
        var user = new UserScope("kozh.admin", Roles.Executor, admin, program.MunicipalityId);
        var opened = await portal.WithScopeAsync(sp => sp.GetRequiredService<ProgramDraftService>().OpenAmendmentAsync(program.Id, user, CancellationToken.None));
        opened.Done.Should().BeTrue(opened.FirstError);
        return program.Id;
    }

    public static async Task<ProgramPlan> PlanAsync(PortalFactory portal, int id)
    {
        await using var db = portal.CreateDbContext();
        return (await db.ProgramDrafts.AsNoTracking().SingleAsync(d => d.ProgramId == id)).Plan();
    }

    public static async Task<int> DepartmentAsync(PortalFactory portal, string code)
    {
        await using var db = portal.CreateDbContext();
        return await db.Departments.Where(d => d.Code == code && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "kozhevnikovo"))
            .Select(d => d.Id).SingleAsync();
    }

    public static string Url(int id, string section = "") => $"/Programs/{id}/Draft{(section.Length == 0 ? "" : "/" + section)}";

    public static async Task<(string Html, HtmlForm Form)> OpenAsync(HttpClient client, string url, string formId)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        return (html, HtmlForm.Parse(html, formId));
    }
}
