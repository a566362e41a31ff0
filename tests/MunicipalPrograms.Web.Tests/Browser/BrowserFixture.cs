using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>One portal process and one headless Chromium for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public PortalProcess Portal { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots for people (and the user guide) land here: .test-results/screenshots.</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, ".test-results", "screenshots");

    /// <summary>The browser tests' database (the portal process's), for a test that reads or prepares rows.</summary>
    public static string Database => TestDatabase.Prefix + "_browser";

    public static MunicipalPrograms.Web.Data.AppDbContext Db() => TestDatabase.Context(Database);

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("MP_CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: scripts/test.sh installs it (or set MP_CHROMIUM_PATH).");
        Portal = await PortalProcess.StartAsync(Database, PortalFactory.CampaignDay);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox as root in CI containers; nothing here may reach the internet.
            Args = ["--no-sandbox", "--lang=ru-RU", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl, Locale = "ru-RU", ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(30_000); // a limit for a stuck page, not a speed requirement: the machine may be busy
        Assertions.SetDefaultExpectTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page of the given size signed in as the demo user (null: anonymous).</summary>
    public async Task<IPage> PageAsync(string? user, int width, int height)
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        if (user is null) return page;
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", MunicipalPrograms.Web.Identity.DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        return page;
    }

    /// <summary>A program's id in the browser tests' database.</summary>
    public static async Task<int> ProgramIdAsync(string registryCode)
    {
        await using var db = Db();
        return await db.Programs.Where(p => p.RegistryCode == registryCode).Select(p => p.Id).SingleAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Portal is not null) await Portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
