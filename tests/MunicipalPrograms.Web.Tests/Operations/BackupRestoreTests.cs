using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>
/// Issue 13 (durability): scripts/backup.sh dumps a database with the demo data and scripts/restore.sh brings it back
/// into an empty new database, where the programs, the values, the accounts and the audit log are all found again;
/// a restore over an existing database is refused.
/// </summary>
public sealed class BackupRestoreTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_backup_restored_into_an_empty_database_holds_the_demo_data_and_the_audit_log()
    {
        var file = Path.Combine(Path.GetTempPath(), $"{portal.DatabaseName}.dump");
        var restored = portal.DatabaseName + "_restored";
        try
        {
            (await RunAsync("backup.sh", portal.DatabaseName, file)).Should().Be(0);
            (await RunAsync("restore.sh", file, restored)).Should().Be(0);

            var before = await CountsAsync(TestDatabase.For(portal.DatabaseName));
            var after = await CountsAsync(TestDatabase.For(restored));
            after.Should().Equal(before);
            after[0].Should().Be(4, "the four demo programs (seeds 000–003)");
            after[3].Should().BePositive("the demo data's audit entries");
            (await RunAsync("restore.sh", file, restored)).Should().NotBe(0, "an existing database is never overwritten");
        }
        finally
        {
            File.Delete(file);
            await TestDatabase.DropAsync(restored);
        }
    }

    private static async Task<int[]> CountsAsync(string connection)
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connection).Options);
        return
        [
            await db.Programs.CountAsync(), await db.IndicatorValues.CountAsync(v => v.Actual != null), await db.Users.CountAsync(),
            await db.AuditEntries.CountAsync(), await db.FundingLines.CountAsync(), await db.Reports.CountAsync(),
        ];
    }

    private static async Task<int> RunAsync(string script, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        info.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", script));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["MP_DB_BASE"] = TestDatabase.ServerConnectionString;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Console.WriteLine($"{script}: {await output}{await errors}");
        return process.ExitCode;
    }
}
