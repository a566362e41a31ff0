using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// The stored редакции of the demo programs, and a draft's plan applied to the stored program on approval: new items
/// get rows, kept items keep their rows (and the facts on them), items with facts cannot be dropped.
/// </summary>
public sealed class PlanApplyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly UserScope Finance = new("finance", Roles.Finance, null, null);

    private async Task<UserScope> ResponsibleExecutorAsync(int programId)
    {
        await using var db = portal.CreateDbContext();
        var department = await db.Programs.Where(p => p.Id == programId).Select(p => p.ResponsibleExecutorId).SingleAsync();
        return new UserScope("executor", Roles.Executor, department, null);
    }

    private Task<T> WithDraftsAsync<T>(Func<ProgramDraftService, Task<T>> action) =>
        portal.WithScopeAsync(s => action(s.GetRequiredService<ProgramDraftService>()));

    [Fact]
    public async Task Every_demo_program_is_stored_as_the_редакция_of_its_document()
    {
        await using var db = portal.CreateDbContext();
        var versions = await db.ProgramVersions.AsNoTracking().ToListAsync();
        var programs = await db.Programs.AsNoTracking().Select(p => new { p.Id, p.RegistryCode, p.Revision }).ToListAsync();

        // One редакция per demo program, plus the demo amendment of the Кожевниковский program (редакция 4).
        versions.Should().HaveCount(5);
        foreach (var p in programs)
        {
            var latest = versions.Where(v => v.ProgramId == p.Id).MaxBy(v => v.Number)!;
            latest.Number.Should().Be(Math.Max(1, p.Revision));
            var stored = await ProgramGraph.LoadTrackedAsync(db, p.Id, default);
            PlanDiff.Between(latest.Plan(), ProgramPlanReader.From(stored!)).IsEmpty.Should().BeTrue($"{p.RegistryCode}'s latest редакция is what is stored");
        }
        // Кожевниковский: «в редакции постановлений от 07.04.2022 № 192, от 24.03.2023 № 160» (seed 002): редакция 3 by the latest act.
        var kozh = versions.Where(v => v.ProgramId == programs.Single(p => p.RegistryCode == "KZH-MP-01").Id).OrderBy(v => v.Number).ToList();
        kozh.Select(v => (v.Number, v.Act.Date, v.Act.Number)).Should().Equal(
            (3, (DateOnly?)new DateOnly(2023, 3, 24), "160"), (4, (DateOnly?)new DateOnly(2024, 2, 15), "95"));
    }

    [Fact]
    public async Task An_approved_draft_adds_its_new_items_as_rows_and_keeps_the_keys_of_the_others()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var executor = await ResponsibleExecutorAsync(id);
        (await WithDraftsAsync(d => d.OpenAmendmentAsync(id, executor, default))).Done.Should().BeTrue();
        ProgramDraft draft;
        await using (var db = portal.CreateDbContext()) draft = await db.ProgramDrafts.AsNoTracking().SingleAsync(d => d.ProgramId == id);
        var plan = draft.Plan();
        var goal = new PlanGoal { Key = plan.NewKey(), Code = "9", Name = "Новая цель" };
        var objective = new PlanObjective { Key = plan.NewKey(), Code = "9.1", Name = "Новая задача" };
        goal.Objectives.Add(objective);
        plan.Goals.Add(goal);
        var activity = new PlanActivity { Key = plan.NewKey(), Code = "9.1.1", Name = "Новое мероприятие", ObjectiveKey = objective.Key };
        plan.Activities.Add(activity);
        plan.Indicators.Add(new PlanIndicator
        {
            Key = plan.NewKey(), Code = "9.1", Name = "Новый показатель", Unit = "ед.", ActivityKey = activity.Key,
            Plans = [new PlanValue { Year = 2025, Planned = 3m }, new PlanValue { Year = 2026, Planned = 4m }],
        });
        plan.Funding.Add(new PlanFunding { ActivityKey = activity.Key, Year = 2025, Source = FundingSource.Local, Planned = 150.5m });
        var keptIndicator = plan.Indicators[0].Key;

        (await WithDraftsAsync(d => d.SaveAsync(id, draft.Version, plan, executor, default))).Done.Should().BeTrue();
        (await WithDraftsAsync(d => d.SendAsync(id, executor, default))).Done.Should().BeTrue();
        (await WithDraftsAsync(d => d.AgreeAsync(id, Finance, default))).Done.Should().BeTrue();
        var act = new LegalAct { Kind = "Постановление", Date = new DateOnly(2026, 2, 20), Number = "77" };
        var approved = await WithDraftsAsync(d => d.ApproveAsync(id, new ApprovalAct(act, new DateOnly(2026, 2, 20), "Новая цель"), Finance, default));
        approved.Errors.Should().BeEmpty();

        await using var check = portal.CreateDbContext();
        var version = await check.ProgramVersions.Where(v => v.ProgramId == id).OrderByDescending(v => v.Number).FirstAsync();
        version.Number.Should().Be(5, "the document's 3rd редакция and the demo amendment's 4th came before");
        var stored = version.Plan();
        stored.Goals.Last().Key.Should().BePositive("a new goal has its row id now");
        stored.Indicators[0].Key.Should().Be(keptIndicator, "a kept indicator keeps its row");
        var newIndicator = stored.Indicators.Single(i => i.Code == "9.1");
        newIndicator.ActivityKey.Should().Be(stored.Activities.Single(a => a.Code == "9.1.1").Key);
        newIndicator.Plans.Select(p => (p.Year, p.Planned)).Should().Equal((2025, 3m), (2026, 4m));
        stored.Funding.Should().ContainSingle(f => f.ActivityKey == newIndicator.ActivityKey && f.Planned == 150.5m);
        (await check.ProgramDrafts.AnyAsync(d => d.ProgramId == id)).Should().BeFalse("an approved draft is closed");
        (await check.Amendments.Where(a => a.ProgramId == id && a.Revision == 5).Select(a => a.Act.Number).SingleAsync()).Should().Be("77");
    }

    [Fact]
    public async Task A_draft_that_drops_an_indicator_with_reported_facts_is_not_approved()
    {
        var id = await ReportPages.AleksinIdAsync(portal);
        var executor = await ResponsibleExecutorAsync(id);
        (await WithDraftsAsync(d => d.OpenAmendmentAsync(id, executor, default))).Done.Should().BeTrue();
        ProgramDraft draft;
        await using (var db = portal.CreateDbContext()) draft = await db.ProgramDrafts.AsNoTracking().SingleAsync(d => d.ProgramId == id);
        var plan = draft.Plan();
        var dropped = plan.Indicators[0];
        plan.Indicators.RemoveAt(0);
        (await WithDraftsAsync(d => d.SaveAsync(id, draft.Version, plan, executor, default))).Done.Should().BeTrue();
        (await WithDraftsAsync(d => d.SendAsync(id, executor, default))).Done.Should().BeTrue();
        (await WithDraftsAsync(d => d.AgreeAsync(id, Finance, default))).Done.Should().BeTrue();

        var act = new LegalAct { Kind = "Постановление", Date = new DateOnly(2026, 2, 20), Number = "5" };
        var result = await WithDraftsAsync(d => d.ApproveAsync(id, new ApprovalAct(act, new DateOnly(2026, 2, 20), null), Finance, default));

        result.Done.Should().BeFalse();
        result.FirstError.Should().Be($"Показатель {dropped.Code} «{dropped.Name}» нельзя исключить: по нему в отчетах есть фактические значения.");
        await using var check = portal.CreateDbContext();
        (await check.Indicators.AnyAsync(i => i.Id == dropped.Key)).Should().BeTrue();
        (await check.ProgramVersions.CountAsync(v => v.ProgramId == id)).Should().Be(1, "nothing was approved");
    }

    [Fact]
    public async Task A_draft_saved_by_someone_else_since_it_was_opened_is_not_overwritten()
    {
        int id; // the Копейск program: the other tests of this class draft the others
        await using (var db0 = portal.CreateDbContext()) id = await db0.Programs.Where(p => p.RegistryCode == "KPS-PM-2022").Select(p => p.Id).SingleAsync();
        var executor = await ResponsibleExecutorAsync(id);
        (await WithDraftsAsync(d => d.OpenAmendmentAsync(id, executor, default))).Errors.Should().BeEmpty();
        ProgramDraft draft;
        await using (var db = portal.CreateDbContext()) draft = await db.ProgramDrafts.AsNoTracking().SingleAsync(d => d.ProgramId == id);
        var first = draft.Plan();
        first.Passport.Curator = "Первый";
        var second = draft.Plan();
        second.Passport.Curator = "Второй";

        (await WithDraftsAsync(d => d.SaveAsync(id, draft.Version, first, executor, default))).Done.Should().BeTrue();
        var stale = await WithDraftsAsync(d => d.SaveAsync(id, draft.Version, second, executor, default));

        stale.Done.Should().BeFalse();
        stale.FirstError.Should().StartWith("Пока вы редактировали, проект сохранил другой пользователь.");
        await using var check = portal.CreateDbContext();
        (await check.ProgramDrafts.AsNoTracking().SingleAsync(d => d.ProgramId == id)).Plan().Passport.Curator.Should().Be("Первый");
    }
}
