using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Dashboard;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// The finance inbox and «Мои отчеты» are kept per instance under the sum of all stamps (ADR 0033): a warm list reads
/// that sum only, and a report submitted through another instance (SQL written by the test) is listed on the next load.
/// </summary>
public sealed class WorkListCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_report_submitted_elsewhere_is_in_the_inbox_on_the_next_load_and_a_warm_inbox_reads_the_stamps_only()
    {
        var (_, ids) = await DashboardPages.GenerateAsync(portal, "WLC", (ReportStatus.Draft, 100m, null));
        var finance = await portal.SignInAsync("finance");
        var before = await finance.GetDecodedAsync("/Review");
        var warm = await finance.SqlQueriesAsync("/Review");

        await using (var db = portal.CreateDbContext())
            await db.Database.ExecuteSqlAsync(
                $"UPDATE progress_reports SET status = 'Submitted', submitted_at = '2026-03-01T09:00:00Z' WHERE program_id = {ids[0]}");
        var after = await finance.GetDecodedAsync("/Review");

        before.Should().NotContain("data-program=\"WLC-01\"", "the report is a draft");
        warm.Should().Be(2, "the sum of the stamps, and the bell (kept 0 s in tests)");
        after.Should().Contain("data-program=\"WLC-01\"");
    }
}
