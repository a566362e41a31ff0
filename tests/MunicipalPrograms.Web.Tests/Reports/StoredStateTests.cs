using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;
using Npgsql;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// Every stored state is valid (issue 17, findings 1, 3, 4, 8): strict enums, route values that win, one precision
/// rule and bounded texts, each refused at its field with nothing saved, and the database refusing the rest.
/// The Кожевниковский program (2021–2026) and its 2026 report, which no other test of this class submits.
/// </summary>
public sealed class StoredStateTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Year = 2026;

    private async Task<int> ReportRowsAsync(int id)
    {
        await using var db = portal.CreateDbContext();
        return await db.Reports.CountAsync(r => r.ProgramId == id);
    }

    private static async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("1")]
    public async Task A_weight_mode_that_is_not_one_of_the_forms_options_is_refused_and_nothing_is_saved(string posted)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var before = await ReportPages.ActualsAsync(portal, id, Year);
        var (_, form) = await ReportPages.OpenAsync(client, id, Year);
        form.Set("Indicators[0].Actual", "17").Set("WeightMode", posted);

        var html = await RefusedAsync(await ReportPages.SaveAsync(client, id, Year, form));

        html.Should().Contain("Выберите способ задания весов из списка");
        (await ReportPages.ActualsAsync(portal, id, Year)).Should().Equal(before, "nothing is saved half-way");
        await using var db = portal.CreateDbContext();
        (await db.Reports.Where(r => r.ProgramId == id && r.Year == Year).Select(r => (WeightMode?)r.WeightMode).SingleOrDefaultAsync())
            .Should().NotBe((WeightMode)99);
        // The finance department's start page and the evaluation of the year still answer.
        var finance = await portal.SignInAsync("finance");
        (await finance.GetAsync($"/Review?year={Year}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("UPDATE progress_reports SET weight_mode = '99'")]
    [InlineData("UPDATE progress_reports SET status = 'Lost'")]
    [InlineData("UPDATE progress_reports SET period = '99'")]
    [InlineData("UPDATE indicators SET direction = 'Sideways'")]
    [InlineData("UPDATE funding_lines SET source = 'Lottery'")]
    [InlineData("UPDATE progress_reports SET year = 2101")]
    public async Task The_database_refuses_a_value_the_code_cannot_read(string sql)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var act = () => command.ExecuteNonQueryAsync();
        (await act.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be("23514"); // check_violation
    }

    [Fact]
    public async Task The_database_refuses_a_text_longer_than_its_column()
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE indicator_values SET deviation_reason = repeat('я', 2001)", connection);
        var act = () => command.ExecuteNonQueryAsync();
        (await act.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be("22001"); // string_data_right_truncation
    }

    [Fact]
    public async Task The_route_year_wins_over_a_year_in_the_body()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(client, id, Year);
        form.Set("Indicators[1].Actual", "99").Add("year", "2032").Add("id", "1").Add("period", "HalfYear");

        (await ReportPages.SaveAsync(client, id, Year, form)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await ReportPages.ActualsAsync(portal, id, Year))[1].Should().Be(99m, "the save went to the 2026 report of the address");
        await using var db = portal.CreateDbContext();
        (await db.Reports.AnyAsync(r => r.Year == 2032 || r.Period == PeriodKind.HalfYear && r.ProgramId == id)).Should().BeFalse();
    }

    [Theory]
    [InlineData("/Reports/Submit/{0}?year=2030&period=Year", "kozh.admin", HttpStatusCode.NotFound)]   // after the 2021–2026 period
    [InlineData("/Reports/Submit/{0}?year=2025&period=Quarter1", "kozh.admin", HttpStatusCode.NotFound)] // no plan for a quarter
    [InlineData("/Reports/Edit/{0}?year=2031&period=Year", "kozh.admin", HttpStatusCode.NotFound)]      // an empty save
    [InlineData("/Review/Extend/{0}?year=2025&period=99", "finance", HttpStatusCode.BadRequest)]        // an unknown period kind
    [InlineData("/Review/Extend/{0}?year=2030&period=Year", "finance", HttpStatusCode.NotFound)]
    public async Task No_report_row_appears_from_nowhere(string url, string user, HttpStatusCode expected)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync(user, followRedirects: false);
        var page = await client.GetStringAsync(ReportPages.Edit(id, 2025));
        var rows = await ReportRowsAsync(id);

        var response = await client.PostFormAsync(string.Format(url, id), page, new() { ["deadline"] = "01.04.2026", ["reason"] = "просьба" });

        response.StatusCode.Should().Be(expected);
        (await ReportRowsAsync(id)).Should().Be(rows);
        (await client.GetAsync(string.Format(url, id).Replace("/Submit/", "/Edit/").Replace("/Review/Extend/", "/Reports/Edit/")))
            .StatusCode.Should().Be(expected, "the page of such a period does not exist either");
    }

    [Fact]
    public async Task Extend_works_on_existing_reports_only()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        await using (var db = portal.CreateDbContext())
            (await db.Reports.AnyAsync(r => r.ProgramId == id && r.Year == 2024)).Should().BeFalse("the demo data has no 2024 report of this program");
        var client = await portal.SignInAsync("finance", followRedirects: false);
        var page = await client.GetStringAsync(ReportPages.Edit(id, 2024));
        var rows = await ReportRowsAsync(id);

        var response = await client.PostFormAsync($"/Review/Extend/{id}?year=2024&period=Year", page, new() { ["deadline"] = "01.04.2026" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ReportRowsAsync(id)).Should().Be(rows);
    }

    [Theory]
    [InlineData("62,123456", "Слишком много знаков после запятой: допускается не более 4.")]
    [InlineData("1000000000000000", "Слишком большое число: не более 99\u00A0999\u00A0999\u00A0999\u00A0999,9999.")] // RuFormat groups with no-break spaces
    [InlineData("100000000000000", "Слишком большое число: не более 99\u00A0999\u00A0999\u00A0999\u00A0999,9999.")] // RuFormat groups with no-break spaces
    public async Task A_fact_the_column_cannot_keep_is_refused_at_its_field(string typed, string message)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var before = await ReportPages.ActualsAsync(portal, id, Year);
        var (_, form) = await ReportPages.OpenAsync(client, id, Year);

        var html = await RefusedAsync(await ReportPages.SaveAsync(client, id, Year, form.Set("Indicators[2].Actual", typed)));

        html.Should().Contain(message).And.NotContain("уже изменил другой пользователь");
        (await ReportPages.ActualsAsync(portal, id, Year)).Should().Equal(before);
    }

    [Fact]
    public async Task The_audit_log_records_exactly_the_stored_value()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(client, id, Year);
        // 62,12350: the trailing zero is no decimal the column loses, so it is accepted and stored as 62.1235.
        (await ReportPages.SaveAsync(client, id, Year, form.Set("Indicators[3].Actual", "62,12350"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await ReportPages.ActualsAsync(portal, id, Year))[3].Should().Be(62.1235m);
        await using var db = portal.CreateDbContext();
        var entry = await db.AuditEntries.Where(e => e.ProgramId == id && e.Field == AuditField.Actual).OrderByDescending(e => e.Id).FirstAsync();
        entry.NewValue.Should().Be("62.1235");
    }

    [Theory]
    [InlineData("Texts.TargetGroups[0].Name", 500)]
    [InlineData("Indicators[0].DeviationReason", 2000)]
    [InlineData("Texts.ContactPhone", 50)]
    public async Task A_text_longer_than_its_limit_is_refused_at_its_field(string field, int max)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(client, id, Year);
        form.Set(field, new string('я', max + 1)).Set("Texts.TargetGroups[0].Covered", "1").Set("Texts.TargetGroups[0].Total", "2");

        var html = await RefusedAsync(await ReportPages.SaveAsync(client, id, Year, form));

        html.Should().Contain($"Слишком длинный текст: не более {max} символов (сейчас {max + 1}).");
        await using var db = portal.CreateDbContext();
        (await db.AuditEntries.AnyAsync(e => e.ProgramId == id && e.NewValue != null && e.NewValue.Contains(new string('я', max)))).Should().BeFalse();
    }

    [Fact]
    public async Task A_reason_longer_than_its_limit_changes_nothing()
    {
        var id = await ReportPages.AleksinIdAsync(portal); // its 2024 report is accepted: the finance department may reopen it
        var client = await portal.SignInAsync("finance", followRedirects: false);
        var page = await client.GetStringAsync(ReportPages.Edit(id, 2024));

        var response = await client.PostFormAsync($"/Review/Reopen/{id}?year=2024&period=Year", page, new() { ["reason"] = new string('я', 2001) });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.PathAndQueryOf()))
            .Should().Contain("Слишком длинный текст: не более 2000 символов (сейчас 2001).");
        await using var db = portal.CreateDbContext();
        (await db.Reports.Where(r => r.ProgramId == id && r.Year == 2024).Select(r => r.Status).SingleAsync()).Should().Be(ReportStatus.Accepted);
    }
}
