using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Administration;

/// <summary>Helpers of the administration tests: a municipal administrator of a demo municipality, ids by code.</summary>
public static class AdminPages
{
    /// <summary>Creates (once) an administrator bound to the municipality with <paramref name="code"/>, with the demo password.</summary>
    public static async Task<string> MunicipalAdministratorAsync(PortalFactory portal, string code)
    {
        var userName = code + ".administrator";
        var municipality = await MunicipalityIdAsync(portal, code);
        await portal.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is not null) return 0;
            var user = new AppUser { UserName = userName, FullName = "Администратор " + code, MunicipalityId = municipality };
            (await users.CreateAsync(user, DemoAccounts.Password)).Succeeded.Should().BeTrue();
            (await users.AddToRoleAsync(user, Roles.Administrator)).Succeeded.Should().BeTrue();
            return 0;
        });
        return userName;
    }

    public static async Task<int> MunicipalityIdAsync(PortalFactory portal, string code)
    {
        await using var db = portal.CreateDbContext();
        return await db.Municipalities.Where(m => m.Code == code).Select(m => m.Id).SingleAsync();
    }

    public static async Task<int> DepartmentIdAsync(PortalFactory portal, string municipality, string code)
    {
        await using var db = portal.CreateDbContext();
        return await db.Departments.Where(d => d.Code == code && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == municipality))
            .Select(d => d.Id).SingleAsync();
    }
}
