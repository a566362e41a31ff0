using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ReportForms;

namespace MunicipalPrograms.Web.Tests.Dashboard;

/// <summary>The finance department's conclusion: saved with its audit entries, printed in the consolidated form, bad input refused.</summary>
public sealed class ConclusionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string PageUrl(int id) => $"/Dashboard/Program/{id}?year=2024&period=Year";
    private static string PostUrl(int id) => $"/Dashboard/Program/{id}/Conclusion";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string? text, string? decision, string? version = null)
    {
        var form = HtmlForm.Parse(await client.GetStringAsync(PageUrl(id)), "conclusion-form");
        if (text is not null) form.Set("text", text);
        if (decision is not null) form.Set("decision", decision);
        if (version is not null) form.Set("version", version);
        return await client.PostAsync(PostUrl(id), form.Content());
    }

    [Fact]
    public async Task A_conclusion_is_saved_audited_and_printed_in_the_consolidated_report()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var client = await portal.SignInAsync("finance", followRedirects: false);

        var response = await PostAsync(client, id, "Программа выполнена, целевые значения достигнуты.", "Amend");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using (var db = portal.CreateDbContext())
        {
            var saved = await db.ProgramConclusions.SingleAsync(c => c.ProgramId == id);
            (saved.Year, saved.Period, saved.Decision, saved.AuthorUserName).Should().Be((2024, Domain.Common.PeriodKind.Year, ProgramDecision.Amend, "finance"));
            var audit = await db.AuditEntries.Where(a => a.Subject == AuditSubjects.Conclusion && a.SubjectId == saved.Id).ToListAsync();
            audit.Select(a => (a.Field, a.OldValue, a.NewValue)).Should().BeEquivalentTo(
            [
                (AuditField.ConclusionText, (string?)null, "Программа выполнена, целевые значения достигнуты."),
                (AuditField.Decision, (string?)null, "Amend"),
            ]);
        }
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/forms/consolidated?year=2024"));
        html.Should().Contain("Программа выполнена, целевые значения достигнуты.").And.Contain("внести изменения в программу");
        var (workbook, _) = await client.XlsxAsync("/forms/consolidated/xlsx?year=2024");
        // The conclusions are the form's second table: its own sheet.
        workbook.Worksheets.Should().HaveCount(2);
        var ws = workbook.Worksheet(2);
        var cell = ws.Find("Программа выполнена, целевые значения достигнуты.");
        ws.Row(cell.Address.RowNumber).Cells().Select(c => c.GetString()).Should().Contain(["ALX-MP-04", "внести изменения в программу"]);

        // A second save changes the decision only: one more audit entry, from the old code to the new.
        var again = await PostAsync(client, id, "Программа выполнена, целевые значения достигнуты.", "Continue");
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var after = portal.CreateDbContext();
        (await after.AuditEntries.Where(a => a.Subject == AuditSubjects.Conclusion).OrderBy(a => a.Id).Select(a => new { a.Field, a.OldValue, a.NewValue }).LastAsync())
            .Should().BeEquivalentTo(new { Field = AuditField.Decision, OldValue = "Amend", NewValue = "Continue" });
    }

    [Theory]
    [InlineData("Текст", "Maybe", "Выберите предлагаемое решение из списка.")]
    [InlineData("Текст", "1", "Выберите предлагаемое решение из списка.")]
    [InlineData("   ", "Continue", "Напишите текст заключения.")]
    public async Task Bad_input_is_refused_next_to_its_field_and_nothing_is_saved(string text, string decision, string message)
    {
        var id = await portal.ProgramIdAsync(Forms.Kedrovy);
        var client = await portal.SignInAsync("finance", followRedirects: false);
        var form = HtmlForm.Parse(await client.GetStringAsync($"/Dashboard/Program/{id}?year=2020&period=Year"), "conclusion-form")
            .Set("text", text).Set("decision", decision);

        var response = await client.PostAsync(PostUrl(id), form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain(message).And.Contain("aria-invalid=\"true\"");
        await using var db = portal.CreateDbContext();
        (await db.ProgramConclusions.AnyAsync(c => c.ProgramId == id && c.Year == 2020)).Should().BeFalse();
    }

    [Fact]
    public async Task Too_long_a_text_is_refused_and_kept_in_the_form()
    {
        var id = await portal.ProgramIdAsync(Forms.Kedrovy);
        var client = await portal.SignInAsync("finance", followRedirects: false);
        var form = HtmlForm.Parse(await client.GetStringAsync($"/Dashboard/Program/{id}?year=2020&period=Year"), "conclusion-form")
            .Set("text", new string('я', ProgramConclusion.TextMaxLength + 1)).Set("decision", "ReduceFunding");

        var response = await client.PostAsync(PostUrl(id), form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain($"не более {ProgramConclusion.TextMaxLength} символов (сейчас {ProgramConclusion.TextMaxLength + 1})")
            .And.Contain(new string('я', ProgramConclusion.TextMaxLength + 1), "what was typed is not lost");
        await using var db = portal.CreateDbContext();
        (await db.ProgramConclusions.AnyAsync(c => c.ProgramId == id && c.Year == 2020)).Should().BeFalse();
    }

    [Fact]
    public async Task A_save_over_a_newer_conclusion_is_a_conflict_and_keeps_both_texts()
    {
        var id = await portal.ProgramIdAsync(Forms.Kedrovy);
        var first = await portal.SignInAsync("finance", followRedirects: false);
        var second = await portal.SignInAsync("finance", followRedirects: false);
        var url = $"/Dashboard/Program/{id}?year=2021&period=Year";
        var stale = HtmlForm.Parse(await second.GetStringAsync(url), "conclusion-form"); // opened before the first save
        (await first.PostAsync(PostUrl(id), HtmlForm.Parse(await first.GetStringAsync(url), "conclusion-form")
            .Set("text", "Первое заключение").Set("decision", "Continue").Content())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var response = await second.PostAsync(PostUrl(id), stale.Set("text", "Второе заключение").Set("decision", "TerminateEarly").Content());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("только что сохранил другой пользователь").And.Contain("Первое заключение").And.Contain("Второе заключение");
        await using var db = portal.CreateDbContext();
        (await db.ProgramConclusions.SingleAsync(c => c.ProgramId == id)).Text.Should().Be("Первое заключение");
    }

    [Fact]
    public async Task An_administrator_sees_the_conclusion_but_may_not_write_it()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var admin = await portal.SignInAsync("admin", followRedirects: false);
        var page = await admin.GetStringAsync($"/Dashboard/Program/{id}?year=2023&period=Year");
        page.Should().NotContain("conclusion-form");

        var response = await admin.PostFormAsync(PostUrl(id), page, new() { ["year"] = "2023", ["period"] = "Year", ["text"] = "x", ["decision"] = "Continue", ["version"] = "0" });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
