using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;
using static MunicipalPrograms.Web.Tests.Infrastructure.Decimals;

namespace MunicipalPrograms.Web.Tests.Spreadsheets;

/// <summary>
/// Issue 11: the Кожевниковский 2023 report (a draft of kozh.admin, co-executed by kozh.culture for activities 4.1–4.2)
/// goes to Excel and back. Each test class has its own database, so the tests below change what they like.
/// </summary>
public sealed class ActualsRoundTripTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Year = 2023;

    [Fact]
    public async Task Two_numbers_changed_in_the_template_are_previewed_applied_and_audited_with_the_file_name()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (valueId, lineId) = await FirstIndicatorAndFundingAsync(id);
        var template = await ImportClient.TemplateAsync(client, id, Year);

        // 77,5 typed as a number; the money typed as text the Russian way, as someone pasting from a letter would.
        var file = ImportClient.Edit(template, book =>
        {
            var ind = book.Worksheet("Показатели");
            ind.Cell(ImportClient.RowOf(ind, $"ind:{valueId}"), 6).Value = 77.5;
            var fund = book.Worksheet("Финансирование");
            fund.Cell(ImportClient.RowOf(fund, $"fund:{lineId}"), 6).SetValue("1 234,56").SetDataType(ClosedXML.Excel.XLDataType.Text);
        });
        var (preview, html) = await ImportClient.UploadAsync(client, id, Year, file, "Кожевниково факт.xlsx");

        preview.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Будет изменено значений: <strong id=\"change-count\">2</strong>");
        html.Should().Contain("77,5").And.Contain("1\u00A0234,56");
        (await ImportClient.SnapshotAsync(portal, id)).Should().Be(await ImportClient.SnapshotAsync(portal, id), "the preview stores nothing");

        var applied = await ImportClient.ApplyAsync(client, id, Year, html, "Кожевниково факт.xlsx");

        applied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        applied.Headers.Location!.ToString().Should().StartWith($"/Reports/Edit/{id}");
        await using var db = portal.CreateDbContext();
        (await db.IndicatorValues.Where(v => v.Id == valueId).Select(v => v.Actual).SingleAsync()).Should().Be(77.5m);
        (await db.FundingLines.Where(f => f.Id == lineId).Select(f => f.Actual).SingleAsync()).Should().Be(Dec("1234.56"));
        var audit = await db.AuditEntries.Where(e => e.ProgramId == id && e.Reason == "Загружено из файла «Кожевниково факт.xlsx»").ToListAsync();
        audit.Select(e => (e.SubjectId, e.NewValue)).Should().BeEquivalentTo([(valueId, "77.5"), (lineId, "1234.56")]);
        var page = await client.GetDecodedAsync(ReportPages.Edit(id, Year));
        page.Should().Contain("Загружено из файла «Кожевниково факт.xlsx». Изменено значений: 2.");
    }

    [Fact]
    public async Task One_bad_cell_imports_nothing_and_names_the_sheet_and_the_cell()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (valueId, lineId) = await FirstIndicatorAndFundingAsync(id);
        var template = await ImportClient.TemplateAsync(client, id, Year);
        var before = await ImportClient.SnapshotAsync(portal, id);
        int badRow = 0;
        var file = ImportClient.Edit(template, book =>
        {
            var ind = book.Worksheet("Показатели");
            badRow = ImportClient.RowOf(ind, $"ind:{valueId}");
            ind.Cell(badRow, 6).Value = "12,5%";
            var fund = book.Worksheet("Финансирование");
            fund.Cell(ImportClient.RowOf(fund, $"fund:{lineId}"), 6).Value = 999; // a good change, not imported either
        });

        var (response, html) = await ImportClient.UploadAsync(client, id, Year, file);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain("Ничего не загружено");
        html.Should().Contain($"Лист \"Показатели\", ячейка F{badRow}: «12,5%» — не число.");
        (await ImportClient.SnapshotAsync(portal, id)).Should().Be(before);
    }

    [Fact]
    public async Task A_template_with_a_picture_pasted_into_it_is_read_as_without_it()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (valueId, _) = await FirstIndicatorAndFundingAsync(id);
        var template = await ImportClient.TemplateAsync(client, id, Year);
        var edited = ImportClient.Edit(template, book =>
        {
            var ind = book.Worksheet("Показатели");
            ind.Cell(ImportClient.RowOf(ind, $"ind:{valueId}"), 6).Value = 66.5;
        });
        // A screenshot pasted as Excel stores it: a drawing with a PNG (a 1×1 one here), placed with the portal's own writer.
        using var withPicture = new MemoryStream();
        withPicture.Write(edited);
        MunicipalPrograms.Web.ReportForms.XlsxPictures.Add(withPicture,
            [new MunicipalPrograms.Web.ReportForms.SheetPicture("Показатели", 2, "Снимок экрана", "Снимок", OnePixelPng, 1, 1)]);

        var (preview, html) = await ImportClient.UploadAsync(client, id, Year, withPicture.ToArray());

        preview.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Будет изменено значений: <strong id=\"change-count\">1</strong>").And.Contain("66,5");
    }

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_stale_template_reports_the_cell_changed_in_the_portal_since_and_leaves_untouched_rows_alone()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var template = await ImportClient.TemplateAsync(client, id, Year);
        // After the download someone saves the first two indicators in the portal.
        var (_, form) = await ReportPages.OpenAsync(client, id, Year);
        (await ReportPages.SaveAsync(client, id, Year, form.Set("Indicators[0].Actual", "41").Set("Indicators[1].Actual", "42"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var values = await ValueIdsAsync(id);
        var before = await ImportClient.SnapshotAsync(portal, id);
        int row0 = 0;
        // The file changes the first indicator (a conflict) and the third (fine); the second keeps its old value (untouched).
        var file = ImportClient.Edit(template, book =>
        {
            var ind = book.Worksheet("Показатели");
            row0 = ImportClient.RowOf(ind, $"ind:{values[0]}");
            ind.Cell(row0, 6).Value = 51;
            ind.Cell(ImportClient.RowOf(ind, $"ind:{values[2]}"), 6).Value = 53;
        });

        var (response, html) = await ImportClient.UploadAsync(client, id, Year, file);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain($"Лист \"Показатели\", ячейка F{row0}: изменено в портале после выгрузки шаблона.");
        html.Should().Contain("ваше значение «51», сохраненное другим пользователем — «41»");
        html.Should().NotContain("«42»", "the second indicator was not touched in the file");
        (await ImportClient.SnapshotAsync(portal, id)).Should().Be(before);
    }

    [Fact]
    public async Task A_co_executors_upload_touching_the_responsible_executors_rows_is_refused_as_a_whole()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var template = await ImportClient.TemplateAsync(client, id, Year);
        var values = await ValueIdsAsync(id);
        await using var db = portal.CreateDbContext();
        // Seed 002, Appendix 2: activity 4.1 «Печатные СМИ» is the department's, with 2600,0 тыс. руб. in 2023.
        var own = await db.FundingLines.Where(f => f.ProgramId == id && f.Year == Year && db.Activities.Any(a => a.Id == f.ActivityId && a.Code == "4.1")).Select(f => f.Id).SingleAsync();
        var before = await ImportClient.SnapshotAsync(portal, id);
        var file = ImportClient.Edit(template, book =>
        {
            var ind = book.Worksheet("Показатели");
            ind.Cell(ImportClient.RowOf(ind, $"ind:{values[0]}"), 6).Value = 5; // a locked row of the responsible executor
            var fund = book.Worksheet("Финансирование");
            fund.Cell(ImportClient.RowOf(fund, $"fund:{own}"), 6).Value = 2600; // its own row
        });

        var (response, html) = await ImportClient.UploadAsync(client, id, Year, file);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain("этот показатель заполняет другой исполнитель");
        (await ImportClient.SnapshotAsync(portal, id)).Should().Be(before);
    }

    [Fact]
    public async Task An_accepted_report_takes_no_upload()
    {
        var aleksin = await ReportPages.AleksinIdAsync(portal);
        var client = await portal.SignInAsync("aleksin.uorio", followRedirects: false);

        // Алексин 2024 is accepted (seed 003): neither the template nor the upload page is offered.
        (await client.GetAsync("/ReportImport/Template/" + ImportClient.Query(aleksin, 2024))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/ReportImport/Index/" + ImportClient.Query(aleksin, 2024))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private async Task<(int ValueId, int LineId)> FirstIndicatorAndFundingAsync(int id)
    {
        var values = await ValueIdsAsync(id);
        await using var db = portal.CreateDbContext();
        var line = await db.FundingLines.Where(f => f.ProgramId == id && f.Year == Year && f.Period == PeriodKind.Year && f.Planned > 0).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        return (values[0], line);
    }

    /// <summary>The 2023 value rows in the report page's order (the indicators' order).</summary>
    private async Task<List<int>> ValueIdsAsync(int id)
    {
        await using var db = portal.CreateDbContext();
        return await db.IndicatorValues
            .Where(v => v.Year == Year && v.Period == PeriodKind.Year && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id))
            .OrderBy(v => db.Indicators.Single(i => i.Id == v.IndicatorId).SortOrder).Select(v => v.Id).ToListAsync();
    }
}

/// <summary>A template is refused where it does not belong (its own class: it returns the accepted Алексин 2024 report).</summary>
public sealed class ForeignTemplateTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Year = 2023;

    [Fact]
    public async Task A_template_of_another_program_or_period_is_refused()
    {
        var kozh = await ReportPages.KozhevnikovoIdAsync(portal);
        var aleksin = await ReportPages.AleksinIdAsync(portal);
        var kozhAdmin = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var template = await ImportClient.TemplateAsync(kozhAdmin, kozh, Year);
        // The Алексин 2024 report (accepted in seed 003) is returned here, so that its executor may upload into it.
        await using (var db = portal.CreateDbContext())
            (await db.Reports.Where(r => r.ProgramId == aleksin && r.Year == 2024).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, ReportStatus.Returned))).Should().Be(1);
        var aleksinBefore = await ImportClient.SnapshotAsync(portal, aleksin);

        var (other, otherHtml) = await ImportClient.UploadAsync(await portal.SignInAsync("aleksin.uorio", followRedirects: false), aleksin, 2024, template);
        var (period, periodHtml) = await ImportClient.UploadAsync(kozhAdmin, kozh, 2024, template);

        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        otherHtml.Should().Contain("Шаблон сделан для другой программы (KZH-MP-01)");
        period.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        periodHtml.Should().Contain("Шаблон сделан для периода «2023 год», а загружается в отчет за 2024 год.");
        (await ImportClient.SnapshotAsync(portal, aleksin)).Should().Be(aleksinBefore);
    }
}
