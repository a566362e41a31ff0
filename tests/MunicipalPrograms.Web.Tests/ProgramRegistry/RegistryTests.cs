using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ProgramRegistry;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramRegistry;

/// <summary>
/// The registry at /Programs over the four demo programs (codes and periods from Data/DemoData/*.json):
/// ALX-MP-04 (Алексин, from 2024, open end), 04 (Кедровый, from 2021, open end), KPS-PM-2022 (Копейск, 2021–2024),
/// KZH-MP-01 (Кожевниковский район, 2021–2026); all four in force.
/// </summary>
public sealed partial class RegistryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [GeneratedRegex("<tr data-program=\"\\d+\">\\s*<td[^>]*>([^<]*)</td>")]
    private static partial Regex CodeCell();

    /// <summary>The registry codes of the table's rows, in the order shown.</summary>
    private static List<string> Codes(string html) =>
        CodeCell().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private async Task<string> RegistryAsync(string query, string user = "viewer") =>
        await (await portal.SignInAsync(user)).GetDecodedAsync("/Programs" + query);

    [Fact]
    public async Task Default_order_is_by_municipality_then_code()
    {
        var html = await RegistryAsync("");

        // «Кожевниковский район», «Копейский городской округ», «Муниципальное образование «Город Кедровый»», «… город Алексин»
        Codes(html).Should().Equal("KZH-MP-01", "KPS-PM-2022", "04", "ALX-MP-04");
        html.Should().Contain("Программ: 4");
    }

    [Theory]
    [InlineData("?q=РАЗВИТИЕ&sort=code", new[] { "04", "ALX-MP-04", "KZH-MP-01" })] // in three names, any case
    [InlineData("?q=kzh", new[] { "KZH-MP-01" })] // part of a code, lower case
    [InlineData("?q=%20самоуправления%20в%20", new[] { "ALX-MP-04" })] // spaces around are ignored (Копейск: «самоуправления и»)
    [InlineData("?q=нет+такой+программы", new string[0])]
    [InlineData("?m=kopeysk", new[] { "KPS-PM-2022" })]
    [InlineData("?year=2025&sort=code", new[] { "04", "ALX-MP-04", "KZH-MP-01" })] // Копейск ended in 2024
    [InlineData("?year=2023&sort=code", new[] { "04", "KPS-PM-2022", "KZH-MP-01" })] // Алексин starts in 2024
    [InlineData("?year=2027", new[] { "04", "ALX-MP-04" })] // only the open-ended ones
    [InlineData("?status=InForce&sort=code", new[] { "04", "ALX-MP-04", "KPS-PM-2022", "KZH-MP-01" })]
    [InlineData("?status=Completed", new string[0])]
    [InlineData("?q=развитие&year=2021&sort=code", new[] { "04", "KZH-MP-01" })] // filters combine
    public async Task Search_and_filters_give_exactly_these_rows(string query, string[] codes)
    {
        var html = await RegistryAsync(query);

        Codes(html).Should().Equal(codes);
        html.Should().Contain($"Программ: {codes.Length}");
        if (codes.Length == 0) html.Should().Contain("Программ по этим условиям нет.");
    }

    [Fact]
    public async Task Department_filter_finds_the_responsible_executor_and_the_co_executor()
    {
        await using var db = portal.CreateDbContext();
        var culture = await db.Departments.Where(d => d.Code == "culture" && d.MunicipalityId == db.Municipalities.Single(m => m.Code == "kozhevnikovo").Id)
            .Select(d => d.Id).SingleAsync();
        var uorio = await db.Departments.Where(d => d.Code == "uorio").Select(d => d.Id).SingleAsync();
        var umsk = await db.Departments.Where(d => d.Code == "umsk").Select(d => d.Id).SingleAsync();

        Codes(await RegistryAsync($"?dept={culture}")).Should().Equal("KZH-MP-01"); // co-executor of Кожевниково
        Codes(await RegistryAsync($"?dept={uorio}")).Should().Equal("ALX-MP-04"); // responsible executor of Алексин
        Codes(await RegistryAsync($"?dept={umsk}")).Should().Equal("ALX-MP-04"); // co-executor of Алексин
    }

    [Theory]
    [InlineData("?sort=code", new[] { "04", "ALX-MP-04", "KPS-PM-2022", "KZH-MP-01" })]
    [InlineData("?sort=code&dir=desc", new[] { "KZH-MP-01", "KPS-PM-2022", "ALX-MP-04", "04" })]
    // «Программа по…» < «Развитие информационного…» < «Развитие местного…» < «Развитие муниципальной…»
    [InlineData("?sort=name", new[] { "KPS-PM-2022", "04", "ALX-MP-04", "KZH-MP-01" })]
    [InlineData("?sort=name&dir=desc", new[] { "KZH-MP-01", "ALX-MP-04", "04", "KPS-PM-2022" })]
    // by start year, then end year (an open end last)
    [InlineData("?sort=period", new[] { "KPS-PM-2022", "KZH-MP-01", "04", "ALX-MP-04" })]
    [InlineData("?sort=status", new[] { "04", "ALX-MP-04", "KPS-PM-2022", "KZH-MP-01" })] // all in force: by code
    public async Task Sorting_gives_this_order(string query, string[] codes) =>
        Codes(await RegistryAsync(query)).Should().Equal(codes);

    [Fact]
    public async Task Header_links_keep_the_filters_flip_the_direction_and_say_aria_sort()
    {
        var html = await RegistryAsync("?q=развитие&m=kozhevnikovo&year=2025&sort=name");

        html.Should().Contain("aria-sort=\"ascending\"><a href=\"/Programs?q=%D1%80%D0%B0%D0%B7%D0%B2%D0%B8%D1%82%D0%B8%D0%B5&m=kozhevnikovo&year=2025&sort=name&dir=desc\"");
        html.Should().Contain("aria-sort=\"none\"><a href=\"/Programs?q=%D1%80%D0%B0%D0%B7%D0%B2%D0%B8%D1%82%D0%B8%D0%B5&m=kozhevnikovo&year=2025&sort=code\"");
        Regex.Matches(html, "aria-sort=\"none\"").Count.Should().Be(3);
    }

    [Fact]
    public async Task Filters_keep_their_values_and_reset_clears_them()
    {
        var html = await RegistryAsync("?q=развитие&m=kozhevnikovo&status=InForce&year=2025");
        var form = HtmlForm.Parse(html, "registry-filter");

        form["q"].Should().Be("развитие");
        form["m"].Should().Be("kozhevnikovo");
        form["status"].Should().Be("InForce");
        form["year"].Should().Be("2025");
        form["dept"].Should().Be("");
        html.Should().Contain("<a href=\"/Programs\" class=\"btn btn-sm btn-outline-secondary\" id=\"reset-filter\">Сбросить</a>");
        html.Should().Contain("<label for=\"q\"").And.Contain("<label for=\"dept\"").And.Contain("<label for=\"year\"");
    }

    [Fact]
    public async Task Rows_show_the_current_version_and_its_act_and_the_open_draft()
    {
        await using (var db = portal.CreateDbContext())
        {
            var kedrovy = await db.Programs.Where(p => p.RegistryCode == "04").Select(p => p.Id).SingleAsync();
            var kopeysk = await db.Programs.Where(p => p.RegistryCode == "KPS-PM-2022").Select(p => p.Id).SingleAsync();
            db.ProgramDrafts.Add(new ProgramDraft { ProgramId = kedrovy, Kind = DraftKind.Amendment, Status = DraftStatus.UnderReview, BaseVersionNumber = 3 });
            db.ProgramDrafts.Add(new ProgramDraft { ProgramId = kopeysk, Kind = DraftKind.Amendment, Status = DraftStatus.Editing, BaseVersionNumber = 2 });
            await db.SaveChangesAsync();
        }

        var html = await RegistryAsync("");

        var kedrovyRow = HtmlTable.RowWith(html, "programs", ">04<");
        kedrovyRow[5].Should().Be("Действует изменения на согласовании");
        // Each demo program is stored as the редакция of its document: the approving act plus its amendments (seed 001 cites two).
        kedrovyRow[6].Should().Be("редакция 3 от 31.01.2022 № 22");
        HtmlTable.RowWith(html, "programs", "KPS-PM-2022")[5].Should().Be("Действует изменения готовятся");
        var aleksin = HtmlTable.RowWith(html, "programs", "ALX-MP-04");
        aleksin[5].Should().Be("Действует");
        aleksin[6].Should().Be("редакция 2 от 22.04.2024 № 870");
        aleksin[9].Should().Be("10 632 100,00 рублей"); // seed 000, section 3, «Всего»
    }

    [Fact]
    public async Task The_registry_form_exports_take_the_municipality_filter()
    {
        var client = await portal.SignInAsync("viewer");
        var html = await client.GetDecodedAsync("/Programs?m=aleksin&q=самоуправ");

        html.Should().Contain("href=\"/forms/registry?m=aleksin\"").And.Contain("href=\"/forms/registry/xlsx?m=aleksin\"")
            .And.Contain("href=\"/forms/registry/pdf?m=aleksin\"");
        var form = await client.GetDecodedAsync("/forms/registry?m=aleksin");
        form.Should().Contain("ALX-MP-04").And.NotContain("KZH-MP-01");
        var xlsx = await client.GetAsync("/forms/registry/xlsx?m=aleksin");
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory]
    [InlineData("/Programs")]
    [InlineData("/Dashboard?year=2024&period=Year")]
    public async Task The_executor_filter_lists_the_departments_of_one_municipality(string page)
    {
        var client = await portal.SignInAsync("finance");
        var join = page.Contains('?') ? "&" : "?";

        var all = await client.GetDecodedAsync(page);
        var aleksin = await client.GetDecodedAsync(page + join + "m=aleksin");
        var byDepartment = await client.GetDecodedAsync(page + join + "dept=5");

        DepartmentOptions(all).Should().BeEmpty("four municipalities are listed and none is chosen");
        all.Should().Contain("<option value=\"\" disabled>сначала выберите муниципальное образование</option>");
        aleksin.Should().NotContain("сначала выберите муниципальное образование");
        DepartmentOptions(aleksin).Should().HaveCount(3, "Алексин has three departments in the demo data")
            .And.OnlyContain(d => d.Contains("Алексин"));
        DepartmentOptions(byDepartment).Should().Contain("Отдел образования").And.Contain("МУ «Культура»").And.NotContain(d => d.Contains("Алексин"));
        byDepartment.Should().Contain("<option value=\"5\" selected=\"selected\">Отдел образования</option>", "the chosen department stays chosen");
    }

    /// <summary>The names the «executor or co-executor» select offers (not «Все»).</summary>
    private static List<string> DepartmentOptions(string html)
    {
        var select = Regex.Match(html, "<select id=\"dept\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        select.Success.Should().BeTrue("the page has the executor filter");
        return Regex.Matches(select.Groups[1].Value, "<option value=\"(\\d+)\"[^>]*>([^<]*)</option>")
            .Select(m => m.Groups[2].Value).ToList();
    }

    [Fact]
    public async Task The_registry_costs_as_many_queries_with_one_program_as_with_four()
    {
        var client = await portal.SignInAsync("finance");

        var (all, one) = (await client.SqlQueriesAsync("/Programs"), await client.SqlQueriesAsync("/Programs?m=aleksin"));
        var (allWarm, oneWarm) = (await client.SqlQueriesAsync("/Programs"), await client.SqlQueriesAsync("/Programs?m=aleksin"));

        all.Should().BeInRange(1, 8);
        one.Should().BeInRange(1, 8);
        (allWarm, oneWarm).Should().Be((2, 2), "a warm page reads the sum of the stamps (ADR 0033) and the bell (kept 0 s in tests)");
    }

    [Fact]
    public async Task The_new_program_button_is_only_for_finance_and_administrators()
    {
        (await RegistryAsync("", "finance")).Should().Contain("id=\"new-program\"");
        (await RegistryAsync("", "admin")).Should().Contain("id=\"new-program\"");
        (await RegistryAsync("", "viewer")).Should().NotContain("id=\"new-program\"");
        (await RegistryAsync("", "kozh.admin")).Should().NotContain("id=\"new-program\"");
    }

    [Fact]
    public async Task An_executor_sees_only_their_programs_in_the_registry()
    {
        var html = await RegistryAsync("", "kozh.admin");

        Codes(html).Should().Equal("KZH-MP-01");
        HtmlForm.Parse(html, "registry-filter")["m"].Should().Be("");
        html.Should().NotContain("/forms/registry", "executors do not open the forms over all programs");
    }

    [Fact]
    public async Task Other_wordings_are_those_of_the_other_programs_of_the_municipality()
    {
        await using var db = portal.CreateDbContext();
        var kozh = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => new { p.Id, p.MunicipalityId }).SingleAsync();
        var expected = await db.Goals.CountAsync(g => g.ProgramId == kozh.Id) + await db.Objectives.CountAsync(o => o.Goal!.ProgramId == kozh.Id)
                       + await db.Indicators.CountAsync(i => i.ProgramId == kozh.Id) + await db.Activities.CountAsync(a => a.ProgramId == kozh.Id);
        var firstIndicator = await db.Indicators.Where(i => i.ProgramId == kozh.Id).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.Name).FirstAsync();

        var (own, others) = await portal.WithScopeAsync(async s =>
        {
            var query = s.GetRequiredService<ProgramRegistryQuery>();
            return (await query.OtherWordingsAsync(kozh.MunicipalityId, null, default), await query.OtherWordingsAsync(kozh.MunicipalityId, kozh.Id, default));
        });

        own.Should().HaveCount(expected).And.OnlyContain(w => w.ProgramCode == "KZH-MP-01");
        own.Should().Contain(w => w.Area == PlanArea.Indicator && w.Wording == firstIndicator);
        own.Select(w => w.Area).Distinct().Should().BeEquivalentTo([PlanArea.Goal, PlanArea.Objective, PlanArea.Indicator, PlanArea.Activity]);
        others.Should().BeEmpty("the municipality has no other program");
    }
}
