using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// Builds the template database once per test run: the portal's own start-up migrates an empty database and
/// loads the demo data into it, exactly as the run command does; every test class then gets a copy.
/// </summary>
internal static class TemplateDatabase
{
    public static async Task BuildAsync()
    {
        await DropLeftoversAsync();
        await TestDatabase.RecreateAsync(TestDatabase.TemplateName);
        await using (var builder = new TemplateBuilder())
            await HostStart.SerializedAsync(() => _ = builder.Server);
        // The grants of scripts/sql/portal-roles.sql, on the template: every copy inherits them, so every test portal
        // runs as a role that can only read and write rows (the migrations above ran as the server's superuser).
        await TestDatabase.EnsureAppRoleAsync();
        await TestDatabase.ExecuteAsync($"""
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            GRANT USAGE ON SCHEMA public TO "{TestDatabase.AppRole}";
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{TestDatabase.AppRole}";
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{TestDatabase.AppRole}";
            """, TestDatabase.TemplateName);
        // Nothing may connect from now on, nor stay connected: CREATE DATABASE … TEMPLATE fails while anyone is on it.
        await TestDatabase.ExecuteAsync($"ALTER DATABASE \"{TestDatabase.TemplateName}\" WITH ALLOW_CONNECTIONS false");
        await TestDatabase.ExecuteAsync(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{TestDatabase.TemplateName}' AND pid <> pg_backend_pid()");
    }

    /// <summary>Databases of an earlier run of this working copy that ended before it could drop them.</summary>
    private static async Task DropLeftoversAsync()
    {
        var ours = new Regex($"^{Regex.Escape(TestDatabase.Prefix)}_(template|browser|migrations|c\\d{{3}}_[a-z0-9]*)$");
        foreach (var name in await TestDatabase.NamesAsync("SELECT datname FROM pg_database"))
            if (ours.IsMatch(name)) await TestDatabase.DropAsync(name);
    }

    private sealed class TemplateBuilder : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // No pooling: when the host is gone no connection may be left on the template.
            builder.UseSetting("ConnectionStrings:Default", TestDatabase.For(TestDatabase.TemplateName) + ";Pooling=false");
            builder.UseSetting("DemoData:Load", "true");
            builder.UseSetting(PortalClock.TodaySetting, PortalFactory.CampaignDay.ToString("yyyy-MM-dd"));
            builder.UseSetting("Logging:Folder", Path.Combine(Path.GetTempPath(), "mp-test-logs"));
            // No background e-mail loop touching the template while it is built or copied.
            builder.UseSetting("Email:PollSeconds", "0");
        }
    }
}

/// <summary>
/// Starts of in-memory portals one at a time: Program.cs replaces Serilog's static bootstrap logger and the
/// host freezes it, so two starts at once could freeze the same logger twice.
/// </summary>
internal static class HostStart
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task SerializedAsync(Action start)
    {
        await Gate.WaitAsync();
        try
        {
            await Task.Run(start); // the start blocks; not on one of xunit's few test threads
        }
        finally
        {
            Gate.Release();
        }
    }
}
