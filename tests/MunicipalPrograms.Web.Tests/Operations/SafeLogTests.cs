using System.Net;
using Microsoft.AspNetCore.Hosting;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>Issue 17, finding 8 (logs): user text cannot forge a log line nor blow up the log file.</summary>
public sealed class SafeLogTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_user_name_with_line_breaks_and_10000_characters_is_logged_escaped_and_cut()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mp-test-logs", Guid.NewGuid().ToString("N"));
        var forged = "intruder\r\n[FAKE] admin signed in" + new string('x', 10_000);
        await using (var logged = await portal.VariantAsync(b => b.UseSetting("Logging:Folder", folder)))
        {
            var client = logged.Anonymous();
            var response = await client.PostFormAsync("/Account/Login", await client.GetStringAsync("/Account/Login"),
                new() { ["UserName"] = forged, ["Password"] = "wrong-Password1" });
            response.StatusCode.Should().Be(HttpStatusCode.OK); // the form again, with its error
        }

        var lines = Directory.GetFiles(folder, "portal-*.log").SelectMany(ReadShared).ToList();
        var failure = lines.Should().ContainSingle(l => l.Contains("Failed sign-in for")).Subject;
        failure.Should().Contain(@"intruder\r\n[FAKE] admin signed in").And.Contain("…(+");
        failure.Length.Should().BeLessThan(600);
        lines.Should().NotContain(l => l.StartsWith("[FAKE]"));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The file sink may still hold the file open.</summary>
    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
