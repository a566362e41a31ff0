using System.Net;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MunicipalPrograms.Web.ReportForms;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ReportForms;

/// <summary>
/// The PDF export when Chromium dies or hangs (issue 13): the user gets the PDF or the Russian 503 page within the
/// time limit, never a 500 or a hung request, and the next export gets a fresh browser. Each test runs a portal variant
/// of its own, so the browser it kills is only its own (found by the launch's marker switch, not by name).
/// </summary>
public sealed class PdfRecoveryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int SigKill = 9, SigStop = 19;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
#pragma warning disable SYSLIB1054 // a plain int call; the source-generated form needs unsafe blocks in the project
    private static extern int Signal(int pid, int signal);
#pragma warning restore SYSLIB1054

    [Fact]
    public async Task BrowserKilledBetweenExportsIsReplacedAndTheNextExportSucceeds()
    {
        var (variant, client, url) = await VariantAsync(timeoutSeconds: 20);
        await using var _ = variant;
        var printer = variant.Services.GetRequiredService<ChromiumPrinter>();
        (await Bounded(client, url)).StatusCode.Should().Be(HttpStatusCode.OK);
        var killed = printer.Current!.Marker;

        Signal(MainProcess(printer), SigKill).Should().Be(0);
        var after = await Bounded(client, url);

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        printer.Current!.Marker.Should().NotBe(killed, "a new browser was launched");
        ChromiumProcesses.WithSwitch(killed).Should().BeEmpty("the dead browser left no processes");
    }

    [Fact]
    public async Task HungBrowserAnswersRussian503WithinTheTimeLimitAndIsRecycled()
    {
        var (variant, client, url) = await VariantAsync(timeoutSeconds: 20);
        await using var _ = variant;
        var printer = variant.Services.GetRequiredService<ChromiumPrinter>();
        (await Bounded(client, url)).StatusCode.Should().Be(HttpStatusCode.OK);
        var hung = printer.Current!.Marker;
        // A tiny limit only after the warm-up: a cold launch on a busy test machine may itself take 2 s.
        var limit = variant.Services.GetRequiredService<IOptions<ReportFormsOptions>>().Value;
        limit.PdfTimeoutSeconds.Should().Be(20, "the setting reached the printer");
        limit.PdfTimeoutSeconds = 2;

        Signal(MainProcess(printer), SigStop).Should().Be(0); // alive but never answers
        var during = await Bounded(client, url);               // Bounded turns a hang into a failure
        limit.PdfTimeoutSeconds = 20; // room for the relaunch
        var after = await Bounded(client, url);

        during.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var text = WebUtility.HtmlDecode(await during.Content.ReadAsStringAsync());
        text.Should().Contain("Печать в PDF временно недоступна").And.Contain("за 2 с").And.Contain("Скачать Excel").And.NotContain("Exception");
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        ChromiumProcesses.WithSwitch(hung).Should().BeEmpty("the hung browser was killed, not left stopped");
    }

    [Fact]
    public async Task ExportsInFlightWhenTheBrowserDiesGetThePdfOrTheRussian503()
    {
        var (variant, client, url) = await VariantAsync(timeoutSeconds: 10);
        await using var _ = variant;
        var printer = variant.Services.GetRequiredService<ChromiumPrinter>();
        (await Bounded(client, url)).StatusCode.Should().Be(HttpStatusCode.OK);
        var pid = MainProcess(printer);

        Signal(pid, SigStop).Should().Be(0); // holds the exports inside the browser until it is killed
        var inFlight = Enumerable.Range(0, 3).Select(_ => Bounded(client, url)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Signal(pid, SigKill).Should().Be(0);
        var responses = await Task.WhenAll(inFlight);
        var after = await Bounded(client, url);

        foreach (var response in responses)
        {
            response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Печать в PDF временно недоступна");
        }
        after.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<(WebApplicationFactory<Program>, HttpClient, string)> VariantAsync(int timeoutSeconds)
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var variant = await portal.VariantAsync(b => b.UseSetting("ReportForms:PdfTimeoutSeconds", timeoutSeconds.ToString()));
        var client = await variant.SignInAsync("viewer");
        return (variant, client, $"/forms/programs/{id}/annual-report/pdf?year=2024");
    }

    /// <summary>A hung export fails the test (TimeoutException) instead of hanging it.</summary>
    private static Task<HttpResponseMessage> Bounded(HttpClient client, string url) => client.GetAsync(url).WaitAsync(TimeSpan.FromSeconds(15));

    private static int MainProcess(ChromiumPrinter printer) =>
        ChromiumProcesses.MainProcess(printer.Current!.Marker) ?? throw new InvalidOperationException("the printer's Chromium process was not found");
}
