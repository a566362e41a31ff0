using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// An amendment of the Кожевниковский program that adds a capital object (to activity 4.1), an indicator passport with
/// two base measures and a labour resource: approved, they become rows, the new редакция holds them, the diff against
/// the previous редакция lists exactly them, and the program's Appendix 3, 6 and 7 forms print them.
/// </summary>
public sealed class AppendicesApprovalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly UserScope Finance = new("finance", Roles.Finance, null, null);

    private Task<T> WithDraftsAsync<T>(Func<ProgramDraftService, Task<T>> action) =>
        portal.WithScopeAsync(s => action(s.GetRequiredService<ProgramDraftService>()));

    [Fact]
    public async Task Approved_appendices_become_rows_and_part_of_the_new_редакция_and_its_diff()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var executor = new UserScope("kozh.admin", Roles.Executor, await DraftPages.DepartmentAsync(portal, "admin"), null);
        ProgramDraft draft;
        await using (var db = portal.CreateDbContext()) draft = await db.ProgramDrafts.AsNoTracking().SingleAsync(d => d.ProgramId == id);
        var plan = draft.Plan();
        var activity = plan.Activities.Single(a => a.Code == "4.1");
        plan.CapitalObjects.Add(new PlanCapitalObject
        {
            Key = plan.NewKey(), ActivityKey = activity.Key, NameAndLocation = "Центр общественного доступа, с. Кожевниково",
            ConstructionStartYear = 2025, ConstructionEndYear = 2026, EstimatedCostDesignPrices = 1_500.25m,
        });
        plan.Indicators[0].Passport = new PlanIndicatorPassport
        {
            Number = "1", FormationProcedure = "D = Э / В × 100",
            BaseMeasures =
            [
                new PlanBaseMeasure { Symbol = "Э", Name = "Услуги в электронном виде", Unit = "ед.", CollectionMethod = 7 },
                new PlanBaseMeasure { Symbol = "В", Name = "Все услуги", Unit = "ед.", CollectionMethod = 1, Coverage = 2 },
            ],
        };
        plan.ResourceNeeds.Add(new PlanResourceNeed
        {
            Kind = ResourceKind.Labor, Name = "Специалисты по информатизации", Unit = "чел.",
            Amounts = [new PlanYearAmount { Year = 2025, Amount = 2 }, new PlanYearAmount { Year = 2026, Amount = 3 }],
        });
        (await WithDraftsAsync(d => d.SaveAsync(id, draft.Version, plan, executor, default))).Errors.Should().BeEmpty();
        (await WithDraftsAsync(d => d.SendAsync(id, executor, default))).Errors.Should().BeEmpty();
        (await WithDraftsAsync(d => d.AgreeAsync(id, Finance, default))).Errors.Should().BeEmpty();
        var act = new LegalAct { Kind = "Постановление", Date = new DateOnly(2026, 2, 20), Number = "80" };

        (await WithDraftsAsync(d => d.ApproveAsync(id, new ApprovalAct(act, act.Date.Value, "Объект и ресурсы"), Finance, default))).Errors.Should().BeEmpty();

        await using var check = portal.CreateDbContext();
        var objectRow = await check.Set<Domain.Programs.CapitalConstructionObject>().SingleAsync(c => c.ProgramId == id);
        (objectRow.ActivityId, objectRow.EstimatedCostDesignPrices).Should().Be((activity.Key, 1_500.25m));
        var passport = await check.Set<Domain.Indicators.IndicatorPassport>().Include(p => p.BaseMeasures).SingleAsync(p => p.IndicatorId == plan.Indicators[0].Key);
        passport.BaseMeasures.OrderBy(m => m.Id).Select(m => (m.Symbol, m.Coverage)).Should().Equal(("Э", 1), ("В", 2));
        (await check.Set<Domain.Programs.ResourceNeed>().Where(n => n.ProgramId == id).OrderBy(n => n.Year).Select(n => new { n.Year, n.Amount }).ToListAsync())
            .Select(n => (n.Year, n.Amount)).Should().Equal((2025, 2m), (2026, 3m));

        var versions = await check.ProgramVersions.AsNoTracking().Where(v => v.ProgramId == id).OrderBy(v => v.Number).ToListAsync();
        var (previous, latest) = (versions[^2].Plan(), versions[^1].Plan());
        latest.CapitalObjects.Should().ContainSingle().Which.Key.Should().Be(objectRow.Id, "the stored редакция names the object by its row");
        PlanDiff.Between(previous, latest).Changes.Select(c => (c.Area, c.Kind, c.Period?.Year)).Should().BeEquivalentTo(new (PlanArea, ChangeKind, int?)[]
        {
            (PlanArea.IndicatorPassport, ChangeKind.Added, null), (PlanArea.CapitalObject, ChangeKind.Added, null),
            (PlanArea.ResourceNeed, ChangeKind.Added, 2025), (PlanArea.ResourceNeed, ChangeKind.Added, 2026),
        });

        var client = await portal.SignInAsync("viewer");
        foreach (var (form, text) in new[] { ("capital-objects", "Центр общественного доступа, с. Кожевниково"), ("indicator-passports", "Услуги в электронном виде"),
                     ("resource-needs", "Специалисты по информатизации") })
        {
            var response = await client.GetAsync($"/forms/programs/{id}/{form}");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(text, form);
        }
    }
}
