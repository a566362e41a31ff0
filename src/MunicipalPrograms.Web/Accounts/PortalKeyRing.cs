using Microsoft.AspNetCore.DataProtection;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.Accounts;

/// <summary>
/// The data-protection key ring (it signs the sign-in cookie, antiforgery tokens and TempData) lives in PostgreSQL, so a
/// restarted portal and every other instance on the same database read the same keys: users stay signed in and open
/// forms stay valid. ADR 0029.
/// </summary>
public static class PortalKeyRing
{
    /// <summary>
    /// One name for every instance: by default the name is the content root path, and two instances installed in
    /// different folders would not read each other's cookies although they share the keys.
    /// </summary>
    public const string ApplicationName = "MunicipalPrograms";

    public static IServiceCollection AddPortalKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    /// <summary>
    /// Reads the key ring (creating the first key on a new database) while the database is known to be up. The ring is
    /// then held in memory: if the database goes down later, cookies and tokens are still read and the Russian
    /// «service unavailable» page — whose layout carries an antiforgery token — still renders.
    /// </summary>
    public static void Load(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("MunicipalPrograms.KeyRing.Load").Protect([1]);
}
