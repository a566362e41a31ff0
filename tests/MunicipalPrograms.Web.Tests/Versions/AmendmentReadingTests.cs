using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;
using static MunicipalPrograms.Web.Tests.Versions.AmendmentLifecycleTests;
using static MunicipalPrograms.Web.Tests.Versions.VersionSteps;

namespace MunicipalPrograms.Web.Tests.Versions;

/// <summary>
/// The Кожевниковский program after an amendment approved by the act of 10.06.2025 (редакция 5 after the demo's 3 and 4):
/// read as of a day before the act and after it, the diff of the two редакции and the list of редакции.
/// </summary>
public sealed class AmendmentReadingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task As_of_a_date_before_the_act_the_old_values_after_it_the_new_ones_and_the_diff_lists_exactly_the_changes()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        await ApprovedAmendmentAsync(id);
        var viewer = await portal.SignInAsync("viewer");

        // Columns: code, name, unit, 2021 … 2026: 2025 is the 8th cell; funding: code, name, source, 2021 … 2026, total.
        var before = await viewer.GetDecodedAsync($"/Programs/{id}/AsOf?date=09.06.2025");
        before.Should().Contain("действует <strong>редакция 4</strong>");
        HtmlTable.RowWith(before, "asof-indicators", Indicator11)[7].Should().Be("62");
        HtmlTable.RowWith(before, "asof-funding", Activity22)[7].Should().Be("168,90");
        var after = await viewer.GetDecodedAsync($"/Programs/{id}/AsOf?date=10.06.2025");
        after.Should().Contain("действует <strong>редакция 5</strong>");
        HtmlTable.RowWith(after, "asof-indicators", Indicator11)[7].Should().Be("65");
        HtmlTable.RowWith(after, "asof-funding", Activity22)[7].Should().Be("200,00");
        // 2025 in total, by hand from the document: 43,38 + 364,90 + 168,90 + 32 + 60 + 2 600 + 76,62 + 164,48 + 20 + 30 = 3 560,28; + 31,10 = 3 591,38.
        HtmlTable.RowWith(before, "asof-funding", "Итого по программе")[5].Should().Be("3 560,28");
        HtmlTable.RowWith(after, "asof-funding", "Итого по программе")[5].Should().Be("3 591,38");

        (await viewer.GetDecodedAsync($"/Programs/{id}/AsOf?date=01.01.2019")).Should().Contain("На 01.01.2019 программа еще не действовала: первая редакция действует с 24.03.2023");
        (await viewer.GetDecodedAsync($"/Programs/{id}/AsOf?date=31.02.2025")).Should()
            .Contain("id=\"asof-date-error\">«31.02.2025» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025.</div>");

        var diff = await viewer.GetDecodedAsync($"/Programs/{id}/Diff?from=4&to=5");
        diff.Should().NotContain("id=\"diff-passport\"").And.NotContain("id=\"diff-items\"");
        Rows(diff, "diff-planned").Should().Be(1);
        HtmlTable.RowWith(diff, "diff-planned", Indicator11).Skip(1).Should().Equal("2025 год", "62", "65");
        Rows(diff, "diff-funding").Should().Be(1);
        HtmlTable.RowWith(diff, "diff-funding", Activity22).Skip(1).Should().Equal("2025 год", "районный бюджет", "168,90", "200,00", "+31,10");
        Rows(diff, "diff-totals").Should().Be(2);
        HtmlTable.RowWith(diff, "diff-totals", "районный бюджет").Should().Equal("2025", "районный бюджет", "3 560,28", "3 591,38", "+31,10");
        HtmlTable.RowWith(diff, "diff-totals", "Всего").Should().Equal("2025", "Всего", "3 560,28", "3 591,38", "+31,10");

        (await viewer.GetDecodedAsync($"/Programs/{id}/Diff?from=5&to=5")).Should().Contain("Изменений нет.");
        var list = await viewer.GetDecodedAsync($"/Programs/{id}/Versions");
        list.Should().Contain("Постановление Администрации Кожевниковского района от 10.06.2025 № 301").And.Contain("по 09.06.2025")
            .And.Contain($"/Programs/{id}/Diff?from=4&to=5")
            .And.Contain("Смирнова Ольга Петровна<br />", "the approver (the demo amendment's, finance) by name, not by login");
    }

    private static int Rows(string html, string tableId)
    {
        var start = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        var body = html[html.IndexOf("<tbody>", start, StringComparison.Ordinal)..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
        return body.Split("<tr>").Length - 1;
    }

    /// <summary>The amendment of <see cref="AmendmentLifecycleTests"/> made straight through: 2025, activity 2.2 168,90 → 200,00; indicator 1.1 62 → 65.</summary>
    private async Task ApprovedAmendmentAsync(int id)
    {
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        await DoneAsync(executor, id, "Draft/Open");
        await EditDraftAsync(portal, id, await ExecutorAsync(portal, id, "kozh.admin"),
            plan => { SetFunding(plan, "2.2", 2025, 200.00m); SetPlanned(plan, "1.1", 2025, 65m); });
        await DoneAsync(executor, id, "Draft/Send");
        await DoneAsync(finance, id, "Draft/Agree");
        await DoneAsync(finance, id, "Draft/Approve", Act("10.06.2025", "301"));
    }
}
