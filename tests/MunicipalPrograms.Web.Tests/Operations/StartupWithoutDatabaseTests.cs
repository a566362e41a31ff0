using System.Diagnostics;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>The portal as a real process: with no database it must say so and exit, not hang or dump a trace.</summary>
public sealed class StartupWithoutDatabaseTests
{
    [Fact]
    public async Task PortalExitsWithAClearMessageWhenTheDatabaseCannotBeReached()
    {
        const string secret = "Sup3r-Secret-Pw";
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.PortalAssembly, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.PortalAssembly)!,
        };
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        start.Environment["ConnectionStrings__Default"] = $"Host=127.0.0.1;Port=1;Database=x;Username=u;Password={secret};Timeout=3";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__Folder"] = Path.Combine(Path.GetTempPath(), "mp-test-logs");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await errors;

        process.ExitCode.Should().Be(2);
        text.Should().Contain("Cannot reach the database at 127.0.0.1:1/x");
        text.Should().NotContain(secret);
    }
}
