using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>
/// The report page guides (issue 18): a failed save lists each bad field by its name with a link to it, and marks the
/// input for screen readers; a co-executor is told which rows are theirs, how many of their values are filled and who
/// submits; a period with nothing planned says so and cannot be submitted.
/// </summary>
public sealed class ReportGuidanceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_failed_save_lists_each_bad_field_with_a_link_and_marks_the_input_for_screen_readers()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(client, id, 2023);

        var response = await ReportPages.SaveAsync(client, id, 2023, form.Set("Indicators[0].Actual", "двенадцать").Set("Activities[1].ActualCompletion", "31.02.2023"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Ничего не сохранено.").And.Contain("(ошибок: 2)");
        // The first indicator of the program is 1.1 and the second activity in document order is 1.1 too (seed 002, Appendix 2):
        // the summary names the fields as their labels do.
        html.Should().Contain("<a href=\"#Indicators_0__Actual\">Факт, показатель 1.1</a>");
        html.Should().Contain("<a href=\"#Activities_1__ActualCompletion\">Дата выполнения, мероприятие");
        html.Should().MatchRegex("name=\"Indicators\\[0\\]\\.Actual\" id=\"Indicators_0__Actual\"[^>]*aria-invalid=\"true\" aria-describedby=\"Indicators_0__Actual-error\"");
        html.Should().MatchRegex("<span[^>]*id=\"Indicators_0__Actual-error\"[^>]*>[^<]+</span>");
        html.Should().MatchRegex("name=\"Activities\\[1\\]\\.ActualCompletion\"[^>]*aria-invalid=\"true\"");
        // A field that is fine is not marked.
        html.Should().NotMatchRegex("name=\"Indicators\\[1\\]\\.Actual\"[^>]*aria-invalid");
    }

    [Fact]
    public async Task A_co_executor_is_told_its_rows_its_own_completeness_and_who_submits()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var (raw, _) = await ReportPages.OpenAsync(client, id, 2023);
        var html = WebUtility.HtmlDecode(raw);

        // Activities 4.1 and 4.2, the one 2023 funding line of 4.1 (2600,0 тыс. руб.), no indicator attached to them.
        html.Should().Contain("Ваши строки: 3.");
        html.Should().Contain("Показать только мои строки");
        html.Should().Contain("Отчет представляет ответственный исполнитель:");
        html.Should().MatchRegex("Заполнено \\d+ из 1 вашего значения");
        html.Should().NotContain("после выбора режима нажмите", "the weight selector is the responsible executor's");

        var responsible = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (own, _) = await ReportPages.OpenAsync(responsible, id, 2023);
        WebUtility.HtmlDecode(own).Should().NotContain("Ваши строки").And.NotContain("ваших значений").And.Contain("после выбора режима нажмите");
    }
}

/// <summary>A completion date outside the period is saved but questioned, next to the field and among the remarks (issue 18).</summary>
public sealed class CompletionDateQuestionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_2030_completion_date_on_the_2023_report_is_saved_and_questioned_beside_the_field_and_in_the_remarks()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var (_, form) = await ReportPages.OpenAsync(client, id, 2023);

        var response = await ReportPages.SaveAsync(client, id, 2023, form.Set("Activities[1].ActualCompletion", "15.06.2030"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "a questionable date is not an error");
        var (raw, again) = await ReportPages.OpenAsync(client, id, 2023);
        again["Activities[1].ActualCompletion"].Should().Be("15.06.2030");
        var html = WebUtility.HtmlDecode(raw);
        const string question = "Дата 15.06.2030 позже окончания отчетного периода (31.12.2023): проверьте ее.";
        html.Should().MatchRegex("name=\"Activities\\[1\\]\\.ActualCompletion\"[^>]*aria-describedby=\"act-\\d+-date-question\"");
        html.Should().MatchRegex("<div class=\"form-text text-warning-emphasis\" id=\"act-\\d+-date-question\">" + System.Text.RegularExpressions.Regex.Escape(question) + "</div>");
        // Activities[1] is the first editable activity row: 2.1 of the seed's Appendix 2 (its first item is a main activity).
        html.Should().MatchRegex("<ul class=\"ps-3 mb-0\" id=\"issues\">.*<li class=\"\">Мероприятие 2\\.1 «Модернизация \\(обновление[^»]+»: " + System.Text.RegularExpressions.Regex.Escape(question) + "</li>");
    }
}
