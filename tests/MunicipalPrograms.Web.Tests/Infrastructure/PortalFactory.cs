using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// The portal in memory over a database of its own: a copy of the migrated template with the demo data (see
/// <see cref="TemplateDatabase"/>), made for one test class (<c>IClassFixture&lt;PortalFactory&gt;</c>) and dropped
/// after it. What a class changes no other class sees, so classes run in parallel and in any order.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>
    /// The portal's date in most tests: during the 2025 campaign, before its 15 March deadline. The tests never
    /// read the machine's date, so they pass the same in any year.
    /// </summary>
    public static readonly DateOnly CampaignDay = new(2026, 3, 2);

    /// <summary>The portal's date for this fixture's class; a subclass moves it (see <see cref="PortalIn2031"/>).</summary>
    public virtual DateOnly Today => CampaignDay;

    public string DatabaseName { get; }

    /// <summary>The superuser's connection to this class's database: for arranging and checking data in tests.</summary>
    public string ConnectionString { get; }

    public PortalFactory()
    {
        DatabaseName = TestDatabase.NewName(GetType().Name);
        ConnectionString = TestDatabase.For(DatabaseName);
    }

    public async Task InitializeAsync()
    {
        await TestDatabase.CreateFromTemplateAsync(DatabaseName);
        await HostStart.SerializedAsync(() => _ = Server);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As in production: the portal runs as the app role (rows only) and migrates as the owner (here the superuser).
        builder.UseSetting("ConnectionStrings:Default", TestDatabase.AppFor(DatabaseName));
        builder.UseSetting("ConnectionStrings:Migrations", ConnectionString);
        builder.UseSetting("DemoData:Load", "true"); // as the run command: finds every program there and adds nothing
        builder.UseSetting(PortalClock.TodaySetting, Today.ToString("yyyy-MM-dd"));
        builder.UseSetting("Diagnostics:CountSqlQueries", "true");
        // The bell counts on every page, so a page's query count does not depend on the page before it (UnreadCountTests
        // turn the 5 s of production on).
        builder.UseSetting("Notifications:BellCacheSeconds", "0");
        // A test's own SQL plays another instance that writes with no delay at all: the page after it must read the stamps
        // rather than wait for PostgreSQL's notification. ChangeWatchTests turn the listener of production on.
        builder.UseSetting(MunicipalPrograms.Web.Changes.ChangeWatch.ListenSetting, "false");
        // Reminders are run by the tests that are about them (DeadlineReminderTests), not by a timer in every host.
        builder.UseSetting("Notifications:Reminders:Enabled", "false");
        builder.UseSetting("Logging:Folder", Path.Combine(Path.GetTempPath(), "mp-test-logs"));
        // Every test signs in from the same in-memory client: the sign-in limits would refuse them. The limits
        // themselves are tested with their own values (SignInLimitTests).
        builder.UseSetting("SignIn:PerIpPerMinute", "100000");
        builder.UseSetting("SignIn:PerUserNamePerMinute", "100000");
        // No background e-mail loop: the e-mail tests call OutboxSender and NotificationHousekeeping themselves.
        builder.UseSetting("Email:PollSeconds", "0");
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestRemoteAddress>());
    }

    /// <summary>The same portal and database with some settings changed, started (one start at a time).</summary>
    public async Task<WebApplicationFactory<Program>> VariantAsync(Action<IWebHostBuilder> configure)
    {
        var variant = WithWebHostBuilder(configure);
        await HostStart.SerializedAsync(() => _ = variant.Server);
        return variant;
    }

    public AppDbContext CreateDbContext() => TestDatabase.Context(DatabaseName);

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await TestDatabase.DropAsync(DatabaseName);
    }
}

/// <summary>The portal on 10 February 2031: the 2030 campaign is open, and no demo program runs in 2030.</summary>
public sealed class PortalIn2031 : PortalFactory
{
    public static readonly DateOnly Day = new(2031, 2, 10);

    public override DateOnly Today => Day;
}
