using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ProgramEditing;

namespace MunicipalPrograms.Web.Tests.Spreadsheets;

/// <summary>
/// Issue 11 (a): the plan of the Кожевниковский amendment draft (KZH-MP-01, 2021–2026; kozh.admin responsible,
/// kozh.culture co-executing activities 4.1–4.2) goes to Excel and back through the grids' save path. Columns: A key,
/// B code, C name, D unit/source, E..J the years 2021..2026 — so 2026 is column J.
/// </summary>
public sealed partial class PlanRoundTripTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Col2026 = 10, Col2024 = 8;

    private static string Excel(int id) => $"/Programs/{id}/Draft/Excel";

    private static async Task<byte[]> TemplateAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync(Excel(id) + "/Template");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<(HttpResponseMessage Response, string Html)> UploadAsync(HttpClient client, int id, byte[] file, string name = "план.xlsx")
    {
        var page = await client.GetStringAsync(Excel(id));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClients.TokenOf(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", name },
        };
        var response = await client.PostAsync(Excel(id), content);
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("name=\"content\" value=\"([^\"]*)\"")]
    private static partial Regex ContentField();

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, int id, string previewHtml, string name) =>
        client.PostFormAsync(Excel(id) + "/Apply", previewHtml, new() { ["content"] = ContentField().Match(previewHtml).Groups[1].Value, ["fileName"] = name });

    private async Task<string> DraftJsonAsync(int id)
    {
        await using var db = portal.CreateDbContext();
        var json = await db.ProgramDrafts.Where(d => d.ProgramId == id).Select(d => d.PlanJson).SingleAsync();
        return json + "#" + await db.AuditEntries.CountAsync(e => e.ProgramId == id);
    }

    private static decimal? Funding(ProgramPlan plan, int activity, int year) =>
        plan.Funding.SingleOrDefault(f => f.ActivityKey == activity && f.Year == year && f.Source == FundingSource.Local && f.Period == PeriodKind.Year && f.ExecutorId is null)?.Planned;

    [Fact]
    public async Task A_planned_value_and_a_funding_cell_changed_in_the_template_are_previewed_applied_and_audited()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var plan = await DraftPages.PlanAsync(portal, id);
        var indicator = plan.Indicators.Single(i => i.Code == "1.1").Key;
        var activity = plan.Activities.Single(a => a.Code == "5.1").Key;
        var template = await TemplateAsync(client, id);

        var file = ImportClient.Edit(template, book =>
        {
            var ind = book.Worksheet("Показатели");
            ind.Cell(ImportClient.RowOf(ind, $"ind:{indicator}"), Col2026).Value = 65.5;
            var fund = book.Worksheet("Финансирование");
            fund.Cell(ImportClient.RowOf(fund, $"fund:{activity}:Local"), Col2026).SetValue("1 234,56").SetDataType(XLDataType.Text);
        });
        var before = await DraftJsonAsync(id);
        var (preview, html) = await UploadAsync(client, id, file, "План Кожевниково.xlsx");

        preview.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Будет изменено значений: <strong id=\"change-count\">2</strong>");
        html.Should().Contain("65,5").And.Contain("1\u00A0234,56");
        (await DraftJsonAsync(id)).Should().Be(before, "the preview stores nothing");

        var applied = await ApplyAsync(client, id, html, "План Кожевниково.xlsx");

        applied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await DraftPages.PlanAsync(portal, id);
        saved.Indicators.Single(i => i.Key == indicator).PlanFor(new ReportingPeriod(2026, PeriodKind.Year))!.Planned.Should().Be(65.5m);
        Funding(saved, activity, 2026).Should().Be(1234.56m);
        // 1.1's other years as the demo JSON has them (54, 56, 58, 60, 62 for 2021–2025): untouched.
        saved.Indicators.Single(i => i.Key == indicator).Plans.Where(p => p.Year < 2026 && p.Period == PeriodKind.Year).Select(p => p.Planned).Should().Equal(54m, 56m, 58m, 60m, 62m);
        await using var db = portal.CreateDbContext();
        var audit = await db.AuditEntries.Where(e => e.ProgramId == id && e.Subject == AuditSubjects.ProgramDraft && e.Reason == "Загружено из файла «План Кожевниково.xlsx»").ToListAsync();
        audit.Select(e => (e.SubjectId, e.NewValue)).Should().BeEquivalentTo([(indicator, "65.5"), (activity, "1234.56")]);
    }

    [Fact]
    public async Task One_bad_cell_imports_nothing_and_names_the_sheet_and_the_cell()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var plan = await DraftPages.PlanAsync(portal, id);
        var indicator = plan.Indicators.Single(i => i.Code == "2.1").Key;
        var activity = plan.Activities.Single(a => a.Code == "5.1").Key;
        var template = await TemplateAsync(client, id);
        var before = await DraftJsonAsync(id);
        var badRow = 0;
        var file = ImportClient.Edit(template, book =>
        {
            var ind = book.Worksheet("Показатели");
            badRow = ImportClient.RowOf(ind, $"ind:{indicator}");
            ind.Cell(badRow, Col2024).Value = "12,5%";
            var fund = book.Worksheet("Финансирование");
            fund.Cell(ImportClient.RowOf(fund, $"fund:{activity}:Local"), Col2024).Value = 999; // a good change, not imported either
        });

        var (response, html) = await UploadAsync(client, id, file);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain("Ничего не загружено");
        html.Should().Contain($"Лист \"Показатели\", ячейка H{badRow}: «12,5%» — не число.");
        (await DraftJsonAsync(id)).Should().Be(before);
    }

    [Fact]
    public async Task A_template_of_another_program_is_refused()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var template = await TemplateAsync(client, id);
        await using (var db = portal.CreateDbContext())
        {
            // The same book with the stamp's program changed to another one: as if downloaded there.
            var other = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync();
            template = ImportClient.Edit(template, book =>
            {
                var stamp = book.Worksheet("Служебный");
                stamp.Unprotect();
                stamp.Cell(3, 2).SetValue(other.ToString(System.Globalization.CultureInfo.InvariantCulture)).SetDataType(XLDataType.Text);
                stamp.Cell(4, 2).SetValue("ALX-MP-04").SetDataType(XLDataType.Text);
            });
        }
        var before = await DraftJsonAsync(id);

        var (response, html) = await UploadAsync(client, id, template);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain("Шаблон сделан для другой программы (ALX-MP-04), а загружается в программу KZH-MP-01.");
        (await DraftJsonAsync(id)).Should().Be(before);
    }

    [Fact]
    public async Task A_stale_template_names_the_cell_changed_in_the_draft_since_and_applies_nothing()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var plan = await DraftPages.PlanAsync(portal, id);
        var activity = plan.Activities.Single(a => a.Code == "5.1").Key;
        var template = await TemplateAsync(client, id);
        // After the download the funding grid saves 2023 of activity 5.1 in the portal.
        var (_, form) = await DraftPages.OpenAsync(client, DraftPages.Url(id, "Funding"), "funding-grid");
        (await client.PostAsync(DraftPages.Url(id, "Funding"), form.Set($"Cells[{activity}_Local_2023]", "777").Content())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var before = await DraftJsonAsync(id);
        var row = 0;
        var file = ImportClient.Edit(template, book =>
        {
            var fund = book.Worksheet("Финансирование");
            row = ImportClient.RowOf(fund, $"fund:{activity}:Local");
            fund.Cell(row, 7).Value = 888; // column G = 2023
        });

        var (response, html) = await UploadAsync(client, id, file);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain($"Лист \"Финансирование\", ячейка G{row}: изменено в проекте после выгрузки шаблона").And.Contain("в проекте теперь «777», в файле «888»");
        (await DraftJsonAsync(id)).Should().Be(before);
    }

    [Fact]
    public async Task A_co_executor_changing_a_row_not_its_own_is_refused_as_a_whole()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var plan = await DraftPages.PlanAsync(portal, id);
        var (own, others) = (plan.Activities.Single(a => a.Code == "4.1").Key, plan.Activities.Single(a => a.Code == "5.1").Key);
        var template = await TemplateAsync(client, id);
        var before = await DraftJsonAsync(id);
        var row = 0;
        var file = ImportClient.Edit(template, book =>
        {
            var fund = book.Worksheet("Финансирование");
            fund.Unprotect(); // the row is locked for this user; someone could still unprotect the sheet
            fund.Cell(ImportClient.RowOf(fund, $"fund:{own}:Local"), Col2026).Value = 10;
            row = ImportClient.RowOf(fund, $"fund:{others}:Local");
            fund.Cell(row, Col2026).Value = 20;
        });

        var (response, html) = await UploadAsync(client, id, file);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain($"Лист \"Финансирование\", ячейка J{row}: «20» — финансирование этого мероприятия изменяют ответственный исполнитель и исполнители мероприятия.");
        (await DraftJsonAsync(id)).Should().Be(before);
    }

    [Fact]
    public async Task A_program_in_force_without_a_draft_says_an_amendment_draft_comes_first_and_changes_nothing()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var template = await TemplateAsync(await portal.SignInAsync("kozh.admin", followRedirects: false), id);
        await using var db = portal.CreateDbContext();
        var alx = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).SingleAsync();
        (await db.ProgramDrafts.AnyAsync(d => d.ProgramId == alx)).Should().BeFalse();
        var client = await portal.SignInAsync("admin", followRedirects: false);
        var audit = await db.AuditEntries.CountAsync(e => e.ProgramId == alx);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Excel(alx)));
        var (response, html) = await UploadAsync(client, alx, template);

        page.Should().Contain("id=\"no-draft\"").And.Contain("У программы нет открытого проекта изменений: утвержденная редакция не изменяется.");
        page.Should().NotContain("id=\"template-link\"");
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain("У программы нет открытого проекта изменений");
        (await db.ProgramDrafts.AnyAsync(d => d.ProgramId == alx)).Should().BeFalse();
        (await db.AuditEntries.CountAsync(e => e.ProgramId == alx)).Should().Be(audit);
    }
}
