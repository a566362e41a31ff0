using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Data.DemoData;
using MunicipalPrograms.Web.Identity;
using Npgsql;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// Runs before the portal accepts requests: checks the database is reachable (a clear message and
/// exit code 2 when not), applies EF Core migrations and, when configured, loads the demo programs.
/// </summary>
public static class DatabaseStartup
{
    public const int DatabaseUnavailableExitCode = 2;

    public static async Task<bool> PrepareAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("DatabaseStartup");
        var target = DescribeTarget(db.Database.GetConnectionString());
        try
        {
            // Migrations change the schema, so they run as the database's owner role (ConnectionStrings:Migrations);
            // the portal's own connection (Default) can only read and write rows. See docs/operations.md.
            var migrations = app.Configuration.GetConnectionString("Migrations");
            if (string.IsNullOrWhiteSpace(migrations))
                await db.Database.MigrateAsync();
            else
            {
                await using var owner = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(migrations).Options);
                await owner.Database.MigrateAsync();
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogCritical("Cannot reach the database at {Target}: {Message}. Check ConnectionStrings:Default and ConnectionStrings:Migrations (or the environment variables ConnectionStrings__Default, ConnectionStrings__Migrations) and that PostgreSQL is running.", target, e.Message);
            return false;
        }
        logger.LogInformation("Database {Target} is at the latest migration", target);
        await IdentitySetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());

        if (app.Configuration.GetValue("DemoData:Load", false))
        {
            var loader = scope.ServiceProvider.GetRequiredService<DemoDataLoader>();
            var added = await loader.LoadAsync(app.Configuration["DemoData:Folder"] ?? DemoDataLoader.DefaultFolder);
            logger.LogInformation("Demo data: {Added} program(s) added", added);
            await scope.ServiceProvider.GetRequiredService<DemoProgramAmendment>().AddAsync();
            // The demo accounts and their known password come with the demo data and only with it: the one explicit
            // setting decides, never the environment's name (a Production server without DemoData:Load has neither).
            await DemoAccounts.EnsureAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), db, logger);
        }
        return true;
    }

    /// <summary>
    /// Npgsql defaults that the report pages need (see docs/performance.md): a page runs a dozen small
    /// split queries, so statements are prepared after their second use (PostgreSQL stops re-planning
    /// them) and connections go back to the pool without DISCARD ALL. PostgreSQL's JIT is off: its cost threshold is
    /// met by the estimates of the campaign's EXISTS sub-plans (never run), and compiling took 10–13 ms of an 80 ms
    /// dashboard query at 15 000 programs (issue 12; ADR 0033). An explicit setting wins.
    /// </summary>
    public static string Tune(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase)) b.MaxAutoPrepare = 64;
        if (!connectionString.Contains("Auto Prepare Min Usages", StringComparison.OrdinalIgnoreCase)) b.AutoPrepareMinUsages = 2;
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)) b.NoResetOnClose = true;
        if (!connectionString.Contains("Options", StringComparison.OrdinalIgnoreCase)) b.Options = "-c jit=off";
        return b.ConnectionString;
    }

    /// <summary>Host, port and database only: the password never reaches a log.</summary>
    public static string DescribeTarget(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return "(no connection string)";
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }
}
