using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Versions;

/// <summary>
/// The demo data's amendment of the Кожевниковский program (resolution of 15.02.2024 № 95): present after start-up as
/// the редакция after the document's (3), recorded for the annual forms, and its diff shows exactly its two changes.
/// </summary>
public sealed class DemoAmendmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_amendment_is_the_second_редакция_and_its_diff_shows_exactly_its_two_changes()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        await using (var db = portal.CreateDbContext())
        {
            var versions = await db.ProgramVersions.Where(v => v.ProgramId == id).OrderBy(v => v.Number).ToListAsync();
            versions.Select(v => v.Number).Should().Equal(3, 4);
            versions[1].Act.Citation().Should().Be("Постановление Администрации Кожевниковского района от 15.02.2024 № 95");
            versions[1].Act.Title.Should().StartWith("О внесении изменений");
            versions[1].EffectiveFrom.Should().Be(new DateOnly(2024, 2, 15));
            (versions[1].ApprovedBy, DateOnly.FromDateTime(versions[1].ApprovedAt.UtcDateTime)).Should().Be(("finance", new DateOnly(2024, 2, 15)));
            (await db.Amendments.SingleAsync(a => a.ProgramId == id && a.Revision == 4)).Act.Number.Should().Be("95");
            (await db.Programs.SingleAsync(p => p.Id == id)).Revision.Should().Be(4);
        }

        var diff = await (await portal.SignInAsync("viewer")).GetDecodedAsync($"/Programs/{id}/Diff?from=3&to=4");
        diff.Should().NotContain("id=\"diff-passport\"").And.NotContain("id=\"diff-items\"");
        // Indicator 4.1, 2024: 73 → 75; activity 2.1, 2024, local budget: 364,90 → 412,50 (+47,60); the document's 2024 total
        // by hand: 43,38 + 364,90 + 168,90 + 32 + 60 + 2 600 + 76,62 + 164,48 + 20 + 30 = 3 560,28, after it 3 607,88.
        HtmlTable.RowWith(diff, "diff-planned", "2024 год").Should().Equal(
            "4.1 «Доля муниципальных служащих Администрации Кожевниковского района, работающих в системе электронного документооборота от общей численности муниципальных служащих»",
            "2024 год", "73", "75");
        HtmlTable.RowWith(diff, "diff-funding", "2024 год").Skip(1).Should().Equal("2024 год", "районный бюджет", "364,90", "412,50", "+47,60");
        HtmlTable.RowWith(diff, "diff-totals", "районный бюджет").Should().Equal("2024", "районный бюджет", "3 560,28", "3 607,88", "+47,60");
        HtmlTable.RowWith(diff, "diff-totals", "Всего").Should().Equal("2024", "Всего", "3 560,28", "3 607,88", "+47,60");
    }

    [Fact]
    public async Task Starting_again_adds_no_second_demo_amendment()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        await using (var restarted = await portal.VariantAsync(_ => { })) { }
        await using var db = portal.CreateDbContext();
        (await db.ProgramVersions.CountAsync(v => v.ProgramId == id)).Should().Be(2);
        (await db.Amendments.CountAsync(a => a.ProgramId == id && a.Act.Number == "95")).Should().Be(1);
    }
}
