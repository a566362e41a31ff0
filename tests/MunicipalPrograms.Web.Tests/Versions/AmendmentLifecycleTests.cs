using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;
using MunicipalPrograms.Web.Tests.ReportForms;
using static MunicipalPrograms.Web.Tests.Versions.VersionSteps;

namespace MunicipalPrograms.Web.Tests.Versions;

/// <summary>
/// An amendment of the Кожевниковский program through HTTP, with the rights of each role: the executor opens it, edits it
/// (through the draft service, as the draft screens do) and sends it; the finance department returns it, agrees it and
/// approves it by its act. Then the new редакция is the stored program (facts kept), the program reads as of a date
/// before the act with the old values and after it with the new ones, and the diff lists exactly the two changes.
/// The demo data hold редакции 3 (the document) and 4 (the demo amendment of 15.02.2024); this one becomes 5.
/// </summary>
public sealed class AmendmentLifecycleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    internal const string Indicator11 = "Доля населения, удовлетворенного деятельностью органов местного самоуправления";
    internal const string Activity22 = "Приобретение лицензионного программного обеспечения";

    [Fact]
    public async Task An_amendment_goes_from_opened_to_approved_with_the_rights_of_each_role()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var coExecutor = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var viewer = await portal.SignInAsync("viewer", followRedirects: false);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var foreign = await portal.SignInAsync("aleksin.uorio", followRedirects: false);

        // Only the responsible executor opens an amendment; a program one cannot see is a 404.
        (await PostAsync(viewer, id, "Draft/Open")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await PostAsync(coExecutor, id, "Draft/Open")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await PostAsync(finance, id, "Draft/Open")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await foreign.PostFormAsync($"/Programs/{id}/Draft/Open", await foreign.GetStringAsync("/Programs"), [])).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await executor.GetDecodedAsync(Details(id))).Should().Contain("Подготовить изменения");
        await DoneAsync(executor, id, "Draft/Open");
        (await executor.GetDecodedAsync(Details(id))).Should().Contain("Проект изменений</strong>: редактируется (к редакции 4)");

        // The executor edits: 2025, activity 2.2, local budget 168,90 → 200,00; indicator 1.1, 2025: 62 → 65 (document values).
        var user = await ExecutorAsync(portal, id, "kozh.admin");
        await EditDraftAsync(portal, id, user, plan => { SetFunding(plan, "2.2", 2025, 200.00m); SetPlanned(plan, "1.1", 2025, 65m); });
        (await PostAsync(finance, id, "Draft/Send")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await DoneAsync(executor, id, "Draft/Send");
        (await PostAsync(executor, id, "Draft/Agree")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await PostAsync(viewer, id, "Draft/Return", new() { ["reason"] = "x" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.GetAsync($"/Programs/{id}/Diff?draft=1")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // Finance reviews the draft as a diff, returns it (a reason is required), then agrees the resent draft.
        var review = await finance.GetDecodedAsync($"/Programs/{id}/Diff?draft=1");
        HtmlTable.RowWith(review, "diff-planned", Indicator11).Skip(1).Should().Equal("2025 год", "62", "65");
        (await RefusedAsync(finance, id, "Draft/Return", new() { ["reason"] = " " })).Should()
            .Contain("<div class=\"invalid-feedback d-block\" id=\"err-reason\">Укажите причину возврата: исполнитель увидит ее в проекте.</div>");
        await DoneAsync(finance, id, "Draft/Return", new() { ["reason"] = "Обоснуйте увеличение расходов на программное обеспечение" });
        (await executor.GetDecodedAsync(Details(id))).Should().Contain("возвращен на доработку")
            .And.Contain("Причина возврата: Обоснуйте увеличение расходов на программное обеспечение");
        await DoneAsync(executor, id, "Draft/Send");
        await DoneAsync(finance, id, "Draft/Agree");
        (await PostAsync(executor, id, "Draft/Approve", Act("10.06.2025", "301"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // A fact is entered on the line the amendment changes: it must stay attached.
        await using (var db = portal.CreateDbContext())
            (await FundingLine22(db, id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Actual, 150.50m))).Should().Be(1);

        // A bad act: messages next to the fields, typed values kept, nothing approved.
        var bad = await RefusedAsync(finance, id, "Draft/Approve", Act("31.02.2025", ""));
        bad.Should().Contain("id=\"err-Act-Date\">«31.02.2025» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025.</div>")
            .And.Contain("id=\"err-Act-Number\">Укажите номер акта.</div>").And.Contain("value=\"31.02.2025\"");
        (await RefusedAsync(finance, id, "Draft/Approve", Act("10.06.2025", "301", effectiveFrom: "01.06.2025")))
            .Should().Contain("id=\"err-EffectiveFrom\">Редакция не может вступить в силу раньше даты акта.</div>");
        await using (var db = portal.CreateDbContext())
            (await db.ProgramVersions.CountAsync(v => v.ProgramId == id)).Should().Be(2);

        await DoneAsync(finance, id, "Draft/Approve", Act("10.06.2025", "301"));

        await using (var db = portal.CreateDbContext())
        {
            var version = await db.ProgramVersions.SingleAsync(v => v.ProgramId == id && v.Number == 5);
            version.Act.Citation().Should().Be("Постановление Администрации Кожевниковского района от 10.06.2025 № 301");
            version.EffectiveFrom.Should().Be(new DateOnly(2025, 6, 10), "in force from the act's date by default");
            (await db.ProgramDrafts.AnyAsync(d => d.ProgramId == id)).Should().BeFalse();
            var line = await FundingLine22(db, id).SingleAsync();
            (line.Planned, line.Actual).Should().Be((200.00m, 150.50m));
            (await db.IndicatorValues.SingleAsync(v => v.Year == 2025 && v.Period == PeriodKind.Year
                && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id && i.Code == "1.1"))).Planned.Should().Be(65m);
        }
        (await executor.GetDecodedAsync(Details(id))).Should().Contain("Подготовить изменения", "the amendment is closed and a new one may be opened");

        // Issue 19: each step told the other side — finance of each sending, the executors (responsible and co-executing) of the rest.
        await using (var db = portal.CreateDbContext())
        {
            var told = await db.Notifications.Where(n => n.ProgramId == id).OrderBy(n => n.Id)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.UserName + ": " + n.Kind + (n.Note == null ? "" : " (" + n.Note + ")")).ToListAsync();
            told.Should().Equal(
                "finance: DraftSent",
                "kozh.admin: DraftReturned (Обоснуйте увеличение расходов на программное обеспечение)",
                "kozh.culture: DraftReturned (Обоснуйте увеличение расходов на программное обеспечение)",
                "finance: DraftSent",
                "kozh.admin: DraftAgreed", "kozh.culture: DraftAgreed",
                "kozh.admin: DraftApproved (Постановление Администрации Кожевниковского района от 10.06.2025 № 301)",
                "kozh.culture: DraftApproved (Постановление Администрации Кожевниковского района от 10.06.2025 № 301)");
        }
    }

    [Fact]
    public async Task Finance_completes_or_terminates_a_program_early_only_with_a_reason()
    {
        var id = await portal.ProgramIdAsync("KPS-PM-2022");
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        (await PostAsync(await portal.SignInAsync("viewer", followRedirects: false), id, "Terminate", new() { ["terminateReason"] = "x" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await RefusedAsync(finance, id, "Terminate", new() { ["terminateReason"] = "" }))
            .Should().Contain("id=\"err-terminateReason\">Укажите причину досрочного прекращения программы.</div>");
        await DoneAsync(finance, id, "Terminate", new() { ["terminateReason"] = "Решение Собрания депутатов" });

        await using var db = portal.CreateDbContext();
        (await db.Programs.SingleAsync(p => p.Id == id)).Status.Should().Be(ProgramStatus.TerminatedEarly);
        var entry = await db.AuditEntries.SingleAsync(e => e.ProgramId == id && e.Field == Domain.Audit.AuditField.Status && e.NewValue == "TerminatedEarly");
        (entry.OldValue, entry.Reason, entry.UserName).Should().Be(("InForce", "Решение Собрания депутатов", "finance"));
        (await finance.GetStringAsync(Details(id))).Should().Contain("Программа прекращена досрочно.");
    }

    internal static IQueryable<Domain.Funding.FundingLine> FundingLine22(MunicipalPrograms.Web.Data.AppDbContext db, int id) =>
        db.FundingLines.Where(f => f.ProgramId == id && f.Year == 2025 && f.Period == PeriodKind.Year && f.Source == FundingSource.Local
            && db.Activities.Any(a => a.Id == f.ActivityId && a.Code == "2.2"));
}
