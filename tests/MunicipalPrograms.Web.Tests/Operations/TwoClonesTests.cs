using System.Diagnostics;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>
/// Issue 13, «one cluster per checkout, always»: two clones of the repository in a folder the postgres user cannot
/// enter start their local clusters at the same time; each gets its own data folder and port and sees only its data
/// (scripts/check-two-clones.sh does the work and cleans up).
/// </summary>
public sealed class TwoClonesTests
{
    [Fact]
    public async Task Two_clones_side_by_side_each_get_a_cluster_of_their_own()
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        info.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", "check-two-clones.sh"));
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(bound.Token);
        var text = await output + await errors;

        process.ExitCode.Should().Be(0, text);
        text.Should().Contain("clone a: port").And.Contain("clone b: port").And.EndWith("two clones: OK\n");
    }
}
