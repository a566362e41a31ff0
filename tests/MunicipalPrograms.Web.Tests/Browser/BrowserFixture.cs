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

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("MP_CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: scripts/test.sh installs it (or set MP_CHROMIUM_PATH).");
        Portal = await PortalProcess.StartAsync(TestDatabase.Prefix + "_browser", PortalFactory.CampaignDay);
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
