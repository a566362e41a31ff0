using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace MunicipalPrograms.Web.ReportForms;

/// <summary>
/// Prints HTML to PDF with the system Chromium driven by Playwright. One browser is kept warm for the whole process
/// (starting one costs about a second). Every print is bounded by ReportForms:PdfTimeoutSeconds, waiting for a turn
/// and the launch included. A browser that died, failed or did not answer in time is recycled: its processes are
/// killed and the next request launches a new one; the requests it was serving get ChromiumUnavailableException
/// (the Russian 503 page), never a hang. A browser found dead before its page was opened is replaced at once and the
/// print retried, so an export after a crash succeeds.
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

    private const string Temporarily = "Печать в PDF временно недоступна: ";

    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly SemaphoreSlim _pages = new(Math.Max(1, options.Value.MaxConcurrentPdfs));
    private volatile ChromiumSession? _session;

    /// <summary>The browser in use, or null before the first print and after a recycle (tests kill it by its marker).</summary>
    public ChromiumSession? Current => _session;

    /// <summary>The Chromium this printer would use, or null when none is installed.</summary>
    public string? ExecutablePath()
    {
        var configured = options.Value.ChromiumPath;
        if (string.IsNullOrWhiteSpace(configured)) configured = Environment.GetEnvironmentVariable("MP_CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        return KnownPaths.FirstOrDefault(File.Exists);
    }

    public Task<byte[]> PrintAsync(string html, CancellationToken ct) =>
        OnPageAsync(null, (page, limit) => PrintPageAsync(page, html, limit), "PDF", ct);

    /// <summary>
    /// A PNG of the element <paramref name="selector"/> of <paramref name="html"/> at <paramref name="width"/> CSS pixels
    /// and twice their density (sharp when Excel scales it): the charts of the XLSX forms.
    /// </summary>
    public Task<byte[]> ScreenshotAsync(string html, string selector, int width, CancellationToken ct) =>
        OnPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 600 }, DeviceScaleFactor = 2 },
            async (page, limit) =>
            {
                await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(limit);
                return await page.Locator(selector).ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png }).WaitAsync(limit);
            }, "picture", ct);

    /// <summary>
    /// Runs <paramref name="work"/> on a new page of the warm browser, within ReportForms:PdfTimeoutSeconds and the
    /// concurrency bound; a browser that fails or hangs is recycled and the caller gets ChromiumUnavailableException.
    /// </summary>
    private async Task<T> OnPageAsync<T>(BrowserNewPageOptions? pageOptions, Func<IPage, CancellationToken, Task<T>> work, string what,
        CancellationToken ct)
    {
        var seconds = Math.Max(1, options.Value.PdfTimeoutSeconds);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(seconds));
        var session = new StrongBox<ChromiumSession?>(); // the browser this job used, to recycle on failure
        try
        {
            await _pages.WaitAsync(limit.Token);
            try
            {
                var page = await OpenPageAsync(session, pageOptions, limit.Token);
                try
                {
                    page.SetDefaultTimeout(seconds * 1000f);
                    return await work(page, limit.Token);
                }
                finally
                {
                    // Not awaited: a hung browser never answers the close, and the request must not wait for it.
                    _ = page.CloseAsync().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
                }
            }
            finally
            {
                _pages.Release();
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("A {What} took longer than {Seconds} s; Chromium is recycled", what, seconds);
            Recycle(session.Value);
            throw new ChromiumUnavailableException(Temporarily + $"браузер Chromium не сформировал PDF за {seconds} с. Повторите через минуту или скачайте Excel.");
        }
        catch (Exception e) when (e is not (ChromiumUnavailableException or OperationCanceledException))
        {
            // Playwright reports a dead browser by several exception types (closed target, disposed connection):
            // whatever it is, the user gets the 503 page and the next job a fresh browser.
            log.LogError(e, "Chromium failed to make a {What}; it is recycled", what);
            Recycle(session.Value);
            throw new ChromiumUnavailableException(Temporarily + "браузер Chromium прервал работу и перезапускается. Повторите через минуту или скачайте Excel.", e);
        }
    }

    private async Task<IPage> OpenPageAsync(StrongBox<ChromiumSession?> session, BrowserNewPageOptions? pageOptions, CancellationToken ct)
    {
        session.Value = await SessionAsync(ct);
        try
        {
            return await session.Value.Browser.NewPageAsync(pageOptions).WaitAsync(ct);
        }
        catch (PlaywrightException e)
        {
            // Died while idle (killed, crashed): nothing was printed with it yet, so one fresh browser and one retry.
            log.LogWarning(e, "Chromium was found dead before printing; starting it again");
            Recycle(session.Value);
            session.Value = await SessionAsync(ct);
            return await session.Value.Browser.NewPageAsync(pageOptions).WaitAsync(ct);
        }
    }

    private static async Task<byte[]> PrintPageAsync(IPage page, string html, CancellationToken ct)
    {
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(ct);
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4", Landscape = true, PrintBackground = true, PreferCSSPageSize = true,
            DisplayHeaderFooter = true, HeaderTemplate = "<span></span>", FooterTemplate = Footer,
            Margin = new Margin { Top = "12mm", Bottom = "14mm", Left = "10mm", Right = "10mm" },
        }).WaitAsync(ct);
    }

    private async Task<ChromiumSession> SessionAsync(CancellationToken ct)
    {
        if (_session is { Browser.IsConnected: true } warm) return warm;
        await _launch.WaitAsync(ct);
        try
        {
            if (_session is { Browser.IsConnected: true } other) return other;
            if (_session is { } dead)
            {
                log.LogWarning("Chromium is not connected any more; starting it again");
                Recycle(dead);
            }
            var path = ExecutablePath() ?? throw new ChromiumUnavailableException(
                "На сервере не найден браузер Chromium, поэтому PDF сейчас сформировать нельзя. Выгрузка в Excel и печать из браузера работают.");
            _session = await LaunchAsync(path, ct);
            log.LogInformation("Chromium started for PDF printing: {Path}", path);
            return _session;
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

    private async Task<ChromiumSession> LaunchAsync(string path, CancellationToken ct)
    {
        var launching = ChromiumSession.LaunchAsync(path, Flags, Math.Max(1, options.Value.PdfTimeoutSeconds) * 1000f);
        try
        {
            return await launching.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // The request gave up; a browser that still comes up later belongs to nobody.
            _ = launching.ContinueWith(t => { if (t.IsCompletedSuccessfully) t.Result.Kill(); else _ = t.Exception; }, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>Forgets the session (only if it is still the current one: a newer browser stays) and kills it.</summary>
    private void Recycle(ChromiumSession? session)
    {
        if (session is null) return;
        Interlocked.CompareExchange(ref _session, null, session);
        session.Kill();
    }

    public ValueTask DisposeAsync()
    {
        _session?.Kill();
        _launch.Dispose();
        _pages.Dispose();
        return ValueTask.CompletedTask;
    }
}
