using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// Prints HTML to PDF with the system Chromium driven by Playwright. One browser is kept warm for
/// the whole process (starting one costs about a second) and started again if it has died; each
/// page gets a time limit so a stuck print never hangs a request.
/// </summary>
public sealed class ChromiumPrinter(IOptions<ReportFormsOptions> options, ILogger<ChromiumPrinter> log) : IAsyncDisposable
{
    private static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

    // Without these flags Chromium tries to reach the internet, which these servers do not have.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
    ];

    private const string Footer =
        "<div style=\"width:100%;font-size:8px;font-family:'DejaVu Sans',sans-serif;text-align:center;color:#333\">"
        + "Страница <span class=\"pageNumber\"></span> из <span class=\"totalPages\"></span></div>";

    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly SemaphoreSlim _pages = new(Math.Max(1, options.Value.MaxConcurrentPdfs));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The Chromium this printer would use, or null when none is installed.</summary>
    public string? ExecutablePath()
    {
        var configured = options.Value.ChromiumPath;
        if (string.IsNullOrWhiteSpace(configured)) configured = Environment.GetEnvironmentVariable("MP_CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        return KnownPaths.FirstOrDefault(File.Exists);
    }

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.PdfTimeoutSeconds);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        await _pages.WaitAsync(limit.Token);
        try
        {
            var browser = await BrowserAsync(limit.Token);
            var page = await browser.NewPageAsync();
            try
            {
                page.SetDefaultTimeout((float)timeout.TotalMilliseconds);
                await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(limit.Token);
                return await page.PdfAsync(new PagePdfOptions
                {
                    Format = "A4", Landscape = true, PrintBackground = true, PreferCSSPageSize = true,
                    DisplayHeaderFooter = true, HeaderTemplate = "<span></span>", FooterTemplate = Footer,
                    Margin = new Margin { Top = "12mm", Bottom = "14mm", Left = "10mm", Right = "10mm" },
                }).WaitAsync(limit.Token);
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ChromiumUnavailableException($"Формирование PDF не уложилось в {options.Value.PdfTimeoutSeconds} с.");
        }
        catch (PlaywrightException e)
        {
            log.LogError(e, "Chromium failed to print a PDF");
            throw new ChromiumUnavailableException("Браузер Chromium не смог сформировать PDF.", e);
        }
        finally
        {
            _pages.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } warm) return warm;
        await _launch.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } other) return other;
            var path = ExecutablePath() ?? throw new ChromiumUnavailableException(
                "На сервере не найден браузер Chromium, поэтому PDF сейчас сформировать нельзя. Выгрузка в Excel и печать из браузера работают.");
            if (_browser is not null) log.LogWarning("Chromium is not connected any more; starting it again");
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path, Headless = true, Args = Flags, Timeout = options.Value.PdfTimeoutSeconds * 1000f,
            });
            log.LogInformation("Chromium started for PDF printing: {Path}", path);
            return _browser;
        }
        catch (PlaywrightException e)
        {
            log.LogError(e, "Chromium could not be started");
            throw new ChromiumUnavailableException("Браузер Chromium не запускается, поэтому PDF сейчас сформировать нельзя. Выгрузка в Excel работает.", e);
        }
        finally
        {
            _launch.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _launch.Dispose();
        _pages.Dispose();
    }
}
