using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.ReportEntry;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// What a submission checks is what is stored when it commits: the completeness is read inside the submit's
/// transaction, after it has taken the program's lock, so a save that clears a value just before cannot slip
/// through. And a save that changes nothing stores nothing, not even an empty report row.
/// </summary>
public sealed class SubmitConsistencyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_submission_waits_for_a_concurrent_change_and_checks_the_values_it_left()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var executor = await portal.SignInAsync("aleksin.uorio", followRedirects: false);
        var reviewPage = await finance.GetStringAsync(ReportPages.Edit(id, 2024));
        (await finance.PostFormAsync($"/Review/Reopen/{id}?year=2024&period=Year", reviewPage, new() { ["reason"] = "Проверка" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var executorPage = await executor.GetStringAsync(ReportPages.Edit(id, 2024));

        // Another writer holds the program's lock and clears a required fact (a planned, measured indicator of 2024).
        await using var other = portal.CreateDbContext();
        await using var transaction = await other.Database.BeginTransactionAsync();
        await ProgramLock.TakeAsync(other, id, default);
        var value = await other.IndicatorValues.Where(v => other.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id)
                                                           && v.Year == 2024 && v.Period == PeriodKind.Year
                                                           && v.Planned != null && v.Actual != null && !v.NotMeasured).OrderBy(v => v.Id).FirstAsync();
        value.Actual = null;
        await other.SaveChangesAsync();

        var submit = executor.PostFormAsync($"/Reports/Submit/{id}?year=2024&period=Year", executorPage, []);
        (await Task.WhenAny(submit, Task.Delay(1500))).Should().NotBe(submit, "the submission waits for the lock");
        await transaction.CommitAsync();
        (await submit).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using var db = portal.CreateDbContext();
        (await db.Reports.Where(r => r.ProgramId == id && r.Year == 2024).Select(r => r.Status).SingleAsync())
            .Should().Be(ReportStatus.Returned, "the fact cleared before the submission committed makes the report incomplete");
        WebUtility.HtmlDecode(await executor.GetStringAsync(ReportPages.Edit(id, 2024))).Should().Contain("Отчет не заполнен: осталось 1");
    }

    [Fact]
    public async Task A_save_without_changes_creates_no_report_row()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);
        await using var db = portal.CreateDbContext();
        (await db.Reports.AnyAsync(r => r.ProgramId == id && r.Year == 2023)).Should().BeFalse("the demo data has no 2023 report of this program");

        var (_, form) = await ReportPages.OpenAsync(executor, id, 2023);
        var response = await ReportPages.SaveAsync(executor, id, 2023, form);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await db.Reports.AnyAsync(r => r.ProgramId == id && r.Year == 2023)).Should().BeFalse();
        WebUtility.HtmlDecode(await executor.GetStringAsync(ReportPages.Edit(id, 2023))).Should().Contain("Изменений нет.");
    }
}
