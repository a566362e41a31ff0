using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// The portal as a real process on a free loopback port, over its own copy of the template database (migrated,
/// with the demo data) — what a browser needs (WebApplicationFactory's in-memory server has no socket).
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _database;
    private bool _ownsDatabase = true;
    public string BaseUrl { get; }

    private PortalProcess(Process process, string database, string baseUrl) => (_process, _database, BaseUrl) = (process, database, baseUrl);

    public static async Task<PortalProcess> StartAsync(string database, DateOnly today)
    {
        await TestDatabase.CreateFromTemplateAsync(database);
        var portal = await LaunchAsync(database, env =>
        {
            env["ConnectionStrings__Default"] = TestDatabase.AppFor(database); // rows only, as in production
            env["ConnectionStrings__Migrations"] = TestDatabase.For(database);
            env["ASPNETCORE_ENVIRONMENT"] = "Testing";
            env["DemoData__Load"] = "true";
            env["Clock__Today"] = today.ToString("yyyy-MM-dd");
            env["Notifications__Reminders__Enabled"] = "false"; // the browser tests count what they cause
            env["Changes__Listen"] = "false"; // as PortalFactory: some tests write SQL between two pages
        });
        await portal.WarmUpAsync();
        return portal;
    }

    /// <summary>
    /// Another portal instance on an existing database (left in place when this process stops), with extra settings:
    /// a second portal process beside the test's own host.
    /// </summary>
    public static async Task<PortalProcess> AttachAsync(string database, DateOnly today, IReadOnlyDictionary<string, string> settings)
    {
        var portal = await LaunchAsync(database, env =>
        {
            env["ConnectionStrings__Default"] = TestDatabase.AppFor(database);
            env["ConnectionStrings__Migrations"] = TestDatabase.For(database);
            env["ASPNETCORE_ENVIRONMENT"] = "Testing";
            env["Clock__Today"] = today.ToString("yyyy-MM-dd");
            foreach (var (key, value) in settings) env[key] = value;
        });
        portal._ownsDatabase = false;
        return portal;
    }

    /// <summary>
    /// The portal as a new installation runs it: Production, an empty database (migrated by the portal's own start),
    /// no DemoData setting — so no demo data and no demo account. <see cref="Settings"/> are what it was given.
    /// </summary>
    public static async Task<PortalProcess> StartEmptyInProductionAsync(string database)
    {
        await TestDatabase.RecreateAsync(database);
        return await LaunchAsync(database, env =>
        {
            env["ConnectionStrings__Default"] = TestDatabase.For(database);
            env["ASPNETCORE_ENVIRONMENT"] = "Production";
        });
    }

    /// <summary>The settings the portal process was started with (a command run against its database reuses them).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; private init; } = new Dictionary<string, string>();

    private static async Task<PortalProcess> LaunchAsync(string database, Action<Dictionary<string, string>> configure)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var environment = new Dictionary<string, string>
        {
            // The browser tests sign in often from one address; the limits themselves are tested in SignInLimitTests.
            ["SignIn__PerIpPerMinute"] = "100000",
            ["SignIn__PerUserNamePerMinute"] = "100000",
            ["Logging__Folder"] = Path.Combine(Path.GetTempPath(), "mp-browser-logs"),
        };
        configure(environment);
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepositoryPaths.PortalAssembly, "--urls", url, "--contentRoot", ContentRoot },
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, database, url) { Settings = environment };
        await portal.WaitUntilHealthyAsync();
        return portal;
    }

    /// <summary>The project folder, as scripts/run.sh gives it: views, wwwroot and appsettings.json.</summary>
    public static string ContentRoot => Path.Combine(RepositoryPaths.Root, "src", "MunicipalPrograms.Web");

    /// <summary>
    /// Signs in once over plain HTTP: the first sign-in and the first report list of a fresh process (compilation,
    /// password hashing, the first queries) take seconds on a busy machine, which the browser's time limits are not for.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(120),
        };
        var login = await http.GetStringAsync("/Account/Login");
        var home = await http.PostFormAsync("/Account/Login", login,
            new() { ["UserName"] = "kozh.admin", ["Password"] = MunicipalPrograms.Web.Identity.DemoAccounts.Password });
        if (home.RequestMessage?.RequestUri?.AbsolutePath != "/Reports")
            throw new InvalidOperationException($"The warm-up sign-in ended on {home.RequestMessage?.RequestUri}: {home.StatusCode}.");
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The portal exited with code {_process.ExitCode} before it was ready.");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(500);
        }
        throw new TimeoutException("The portal did not become healthy within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        if (_ownsDatabase) await TestDatabase.DropAsync(_database);
    }
}
