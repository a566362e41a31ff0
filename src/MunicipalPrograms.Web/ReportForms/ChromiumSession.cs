using Microsoft.Playwright;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// One launched Chromium with its Playwright driver. Every launch carries a unique marker switch on its command line
/// (Chromium ignores unknown switches) so a dead or hung browser can be killed by its processes, not only asked to close:
/// a browser stopped by the kernel or stuck in a print never answers a close.
/// </summary>
public sealed class ChromiumSession
{
    private const string MarkerSwitch = "--mp-pdf-printer=";

    private ChromiumSession(IPlaywright playwright, IBrowser browser, string marker)
    {
        Playwright = playwright;
        Browser = browser;
        Marker = marker;
    }

    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }

    /// <summary>The switch found in this browser's command line (tests and the recycle find its processes by it).</summary>
    public string Marker { get; }

    public static async Task<ChromiumSession> LaunchAsync(string path, IEnumerable<string> flags, float timeoutMs)
    {
        var marker = MarkerSwitch + Guid.NewGuid().ToString("N");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path, Headless = true, Args = [.. flags, marker], Timeout = timeoutMs,
            });
            return new ChromiumSession(playwright, browser, marker);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Kills the browser's processes and lets the driver go; never waits on the browser itself.</summary>
    public void Kill()
    {
        foreach (var pid in ChromiumProcesses.WithSwitch(Marker)) ChromiumProcesses.Kill(pid);
        _ = Task.Run(async () =>
        {
            try { await Browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception) { /* already dead */ }
            try { Playwright.Dispose(); } catch (Exception) { /* the driver went with it */ }
        });
    }
}
