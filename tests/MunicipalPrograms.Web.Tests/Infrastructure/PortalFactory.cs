using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// The portal in memory over a fresh real PostgreSQL database with the demo data loaded by the
/// portal's own start-up (migrations + demo loader), exactly as the run command does it.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>MP_TEST_DB lets two working copies run their suites side by side on one server.</summary>
    public static readonly string DatabaseName =
        Environment.GetEnvironmentVariable("MP_TEST_DB") ?? "municipal_programs_test";

    public string ConnectionString { get; } = TestDatabase.For(DatabaseName);

    /// <summary>
    /// The portal's date in these tests: during the 2025 campaign, before its 15 March deadline. The tests never
    /// read the machine's date, so they pass the same in any year.
    /// </summary>
    public static readonly DateOnly CampaignDay = new(2026, 3, 2);

    public async Task InitializeAsync()
    {
        await TestDatabase.RecreateAsync(DatabaseName);
        _ = Server; // starts the host: migrations and demo data run now, once for the collection
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("DemoData:Load", "true");
        builder.UseSetting(PortalClock.TodaySetting, CampaignDay.ToString("yyyy-MM-dd"));
        builder.UseSetting("Diagnostics:CountSqlQueries", "true");
        builder.UseSetting("Logging:Folder", Path.Combine(Path.GetTempPath(), "mp-test-logs"));
    }

    public AppDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
