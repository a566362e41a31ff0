using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ReportForms;
using static MunicipalPrograms.Web.Tests.Versions.VersionSteps;

namespace MunicipalPrograms.Web.Tests.Versions;

/// <summary>
/// An accepted report keeps the figures it was evaluated with: the Алексин 2024 report (accepted under редакция 2;
/// Ip 1,0831548 and Iэ 1,0789218, docs/methodology.md §13) after an amendment raises the 2024 plan of its indicator 1
/// from 30 to 60 (which alone would take its score from 74 / 30 to 74 / 60).
/// </summary>
public sealed class AcceptedReportAfterAmendmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_evaluation_and_its_xlsx_keep_the_accepted_indices_after_an_amendment()
    {
        var id = await portal.ProgramIdAsync(Forms.Aleksin);
        var executor = await portal.SignInAsync("aleksin.uorio", followRedirects: false);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        await DoneAsync(executor, id, "Draft/Open");
        await EditDraftAsync(portal, id, await ExecutorAsync(portal, id, "aleksin.uorio"), plan => SetPlanned(plan, "1", 2024, 60m));
        await DoneAsync(executor, id, "Draft/Send");
        await DoneAsync(finance, id, "Draft/Agree");
        await DoneAsync(finance, id, "Draft/Approve", Act("20.12.2024", "1500", issuer: "администрации муниципального образования город Алексин"));

        await using (var db = portal.CreateDbContext())
        {
            (await db.IndicatorValues.SingleAsync(v => v.Year == 2024 && v.Period == PeriodKind.Year
                && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id && i.Code == "1"))).Planned.Should().Be(60m, "the program now has the new plan");
            (await db.Reports.SingleAsync(r => r.ProgramId == id && r.Year == 2024)).PlanVersionNumber.Should().Be(2);
        }

        var viewer = await portal.SignInAsync("viewer");
        var html = await viewer.GetDecodedAsync($"/Evaluation/Program/{id}?year=2024&period=Year");
        html.Should().Contain("1,0832").And.Contain("1,0789");
        html.Should().Contain("Iэ = Vf × Ip / Vp = 10\u00A0590\u00A0548,91 × 1,0832 / 10\u00A0632\u00A0100 = 1,0789");

        var (workbook, _) = await viewer.XlsxAsync($"/forms/programs/{id}/evaluation/xlsx?year=2024");
        var ws = workbook.Worksheet("Раздел 1");
        var total = ws.Find("Муниципальная программа в целом").Address.RowNumber;
        Math.Round(ws.Cell(total, 3).Number(), 7).Should().Be(1.0831548m);
        Math.Round(ws.Cell(total, 6).Number(), 7).Should().Be(1.0789218m);

        (await viewer.GetDecodedAsync($"/Reports/Edit/{id}?year=2024&period=Year")).Should().Contain("Оценен по плану редакции 2 программы")
            .And.NotContain("id=\"plan-changed\"");

        // Reopened, the report follows the plan in force and says that it changed since the acceptance.
        var reviewPage = await finance.GetStringAsync($"/Reports/Edit/{id}?year=2024&period=Year");
        (await finance.PostFormAsync($"/Review/Reopen/{id}?year=2024&period=Year", reviewPage, new() { ["reason"] = "Уточнение после изменения программы" }))
            .StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        var reopened = await viewer.GetDecodedAsync($"/Reports/Edit/{id}?year=2024&period=Year");
        reopened.Should().Contain("План программы изменился после принятия отчета: отчет был принят по редакции 2, сейчас действует редакция 3.")
            .And.Contain($"href=\"/Programs/{id}/Diff?from=2&to=3\"").And.Contain("План — по редакции 3 программы (действующей)");
    }

    [Fact]
    public async Task A_report_in_progress_names_the_редакция_of_its_plan()
    {
        var id = await portal.ProgramIdAsync("KZH-MP-01");
        (await (await portal.SignInAsync("kozh.admin")).GetDecodedAsync($"/Reports/Edit/{id}?year=2025&period=Year"))
            .Should().Contain("План — по редакции 4 программы (действующей)");
    }
}
