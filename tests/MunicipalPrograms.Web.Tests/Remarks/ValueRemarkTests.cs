using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Remarks;

/// <summary>
/// Remarks of the finance department on the values of the Кожевниковский 2023 report (ADR 0021): added on the submitted
/// report, listed on return, answered or corrected by the executor, closed by the finance department, in the journal.
/// </summary>
public sealed class ValueRemarkTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Year = 2023;

    private static string Url(string action, int id) => $"/Reports/{action}/{id}?year={Year}&period=Year";

    /// <summary>The report put into <paramref name="status"/> directly (the workflow itself is tested elsewhere).</summary>
    private async Task SetStatusAsync(int id, ReportStatus status)
    {
        await using var db = portal.CreateDbContext();
        var report = await db.Reports.SingleOrDefaultAsync(r => r.ProgramId == id && r.Year == Year && r.Period == PeriodKind.Year);
        if (report is null) db.Reports.Add(report = new ProgressReport { ProgramId = id, Year = Year, Period = PeriodKind.Year });
        report.Status = status;
        report.SubmittedAt ??= new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The tests of this class share one database: each starts with no open remark on the report (the others' closed
    /// directly in the database) and the report in <paramref name="status"/>.
    /// </summary>
    private async Task StartAsync(int id, ReportStatus status)
    {
        await SetStatusAsync(id, status);
        await using var db = portal.CreateDbContext();
        var at = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await db.ValueRemarks.Where(r => r.ClosedAt == null && db.Reports.Any(x => x.Id == r.ReportId && x.ProgramId == id && x.Year == Year))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ClosedAt, at).SetProperty(x => x.ClosedBy, "test"));
    }

    /// <summary>The ids of the 2023 values of the responsible executor's indicators (not attached to an activity), in page order.</summary>
    private async Task<List<int>> ValueIdsAsync(int id)
    {
        await using var db = portal.CreateDbContext();
        return await db.IndicatorValues
            .Where(v => v.Year == Year && v.Period == PeriodKind.Year && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id && i.ActivityId == null))
            .OrderBy(v => db.Indicators.Single(i => i.Id == v.IndicatorId).SortOrder).Select(v => v.Id).ToListAsync();
    }

    private async Task<HttpResponseMessage> AddAsync(HttpClient client, int id, string subject, int subjectId, string text)
    {
        var page = await client.GetStringAsync(ReportPages.Edit(id, Year));
        return await client.PostFormAsync(Url("AddRemark", id), page, new() { ["subject"] = subject, ["subjectId"] = Inv(subjectId), ["text"] = text });
    }

    private async Task<ValueRemark> RemarkOnAsync(int valueId)
    {
        await using var db = portal.CreateDbContext();
        return await db.ValueRemarks.Where(r => r.Subject == AuditSubjects.IndicatorValue && r.SubjectId == valueId).OrderBy(r => r.Id).LastAsync();
    }

    private static string Inv(long n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Finance_remarks_the_executor_answers_or_corrects_and_finance_closes_before_accepting()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var values = await ValueIdsAsync(id);
        var (first, second) = (values[0], values[1]);
        await using (var db = portal.CreateDbContext())
            (await db.IndicatorValues.Where(v => v.Id == second).ExecuteUpdateAsync(v => v.SetProperty(x => x.Actual, 12m))).Should().Be(1);
        await StartAsync(id, ReportStatus.Submitted);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);

        (await AddAsync(finance, id, AuditSubjects.IndicatorValue, first, "Приложите протокол")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AddAsync(finance, id, AuditSubjects.IndicatorValue, second, "Факт расходится с отчетом за 2022 год: было 10"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var financePage = WebUtility.HtmlDecode(await finance.GetStringAsync(ReportPages.Edit(id, Year)));
        financePage.Should().Contain("Замечания ФЭУ: открыто 2.").And.Contain("Факт расходится с отчетом за 2022 год: было 10")
            .And.Contain("ожидает ответа").And.Contain("id=\"remark-add-ind-");
        await using (var db = portal.CreateDbContext())
            (await db.AuditEntries.Where(e => e.Field == AuditField.Remark && e.Subject == AuditSubjects.IndicatorValue && e.SubjectId == second)
                .Select(e => new { e.NewValue, e.UserName }).SingleAsync())
                .Should().BeEquivalentTo(new { NewValue = "Факт расходится с отчетом за 2022 год: было 10", UserName = "finance" });
        var confirm = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Review/Accept/{id}?year={Year}&period=Year"));
        confirm.Should().Contain("Открытые замечания к значениям (2)").And.Contain("Принять, оставив открытыми замечания (2)");
        WebUtility.HtmlDecode(await finance.GetStringAsync("/Review")).Should().Contain("открытых замечаний к значениям: 2");

        var page = await finance.GetStringAsync(ReportPages.Edit(id, Year));
        WebUtility.HtmlDecode(page).Should().Contain("Исполнитель увидит открытые замечания к значениям (2)");
        (await finance.PostFormAsync($"/Review/Return/{id}?year={Year}&period=Year", page, new() { ["reason"] = "См. замечания" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (executorPage, form) = await ReportPages.OpenAsync(executor, id, Year);
        WebUtility.HtmlDecode(executorPage).Should().Contain("Замечания ФЭУ: открыто 2.").And.Contain("Ответьте на каждое замечание или исправьте значение.");
        // The return's notification carries the remarks (issue 19: «returned → the executors, with the remarks»).
        await using (var db = portal.CreateDbContext())
            (await db.Notifications.Where(n => n.ProgramId == id && n.Kind == Domain.Notifications.NotificationKind.ReportReturned
                    && db.Users.Any(u => u.Id == n.UserId && u.UserName == "kozh.admin")).Select(n => n.Note).SingleAsync())
                .Should().MatchRegex("^См\\. замечания\\. Замечания к значениям \\(2\\): Показатель 1\\.1 «[^»]+» — Приложите протокол; Показатель 2\\.1 «.+» — Факт расходится с отчетом за 2022 год: было 10\\.$");

        var remark = await RemarkOnAsync(first);
        (await executor.PostFormAsync(Url("AnswerRemark", id), executorPage,
            new() { ["remarkId"] = Inv(remark.Id), ["version"] = Inv(remark.Version), ["answer"] = "Протокол №5 от 10.01.2024 приложен" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var k = Enumerable.Range(0, 100).First(i => form[$"Indicators[{i}].ValueId"] == Inv(second));
        (await ReportPages.SaveAsync(executor, id, Year, form.Set($"Indicators[{k}].Actual", "14"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var answered = WebUtility.HtmlDecode(await executor.GetStringAsync(ReportPages.Edit(id, Year)));
        answered.Should().Contain("Ответ (kozh.admin): Протокол №5 от 10.01.2024 приложен").And.Contain("исправлено: было 12, стало 14");

        await SetStatusAsync(id, ReportStatus.Submitted);
        page = await finance.GetStringAsync(ReportPages.Edit(id, Year));
        foreach (var v in new[] { first, second })
        {
            var r = await RemarkOnAsync(v);
            (await finance.PostFormAsync(Url("CloseRemark", id), page, new() { ["remarkId"] = Inv(r.Id), ["version"] = Inv(r.Version) }))
                .StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        await using (var db = portal.CreateDbContext())
            (await db.ValueRemarks.CountAsync(r => (r.SubjectId == first || r.SubjectId == second) && r.ClosedAt == null)).Should().Be(0);
        confirm = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Review/Accept/{id}?year={Year}&period=Year"));
        confirm.Should().Contain("Открытых замечаний к значениям нет.").And.NotContain("оставив открытыми");

        var history = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Reports/History/{id}?year={Year}&period=Year"));
        history.Should().Contain("Замечание ФЭУ").And.Contain("Ответ на замечание").And.Contain("Замечание закрыто")
            .And.Contain("Протокол №5 от 10.01.2024 приложен");
    }

    [Fact]
    public async Task A_co_executor_cannot_answer_a_remark_on_a_row_of_the_responsible_executor()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var value = (await ValueIdsAsync(id))[2];
        await StartAsync(id, ReportStatus.Submitted);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        (await AddAsync(finance, id, AuditSubjects.IndicatorValue, value, "Уточните источник данных")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await SetStatusAsync(id, ReportStatus.Returned);
        var remark = await RemarkOnAsync(value);

        var culture = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var page = await culture.GetStringAsync(ReportPages.Edit(id, Year));
        page.Should().NotContain($"id=\"remark-answer-{remark.Id}\"", "the row is not the co-executor's");
        (await culture.PostFormAsync(Url("AnswerRemark", id), page, new() { ["remarkId"] = Inv(remark.Id), ["version"] = Inv(remark.Version), ["answer"] = "Ответ" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await RemarkOnAsync(value)).Answer.Should().BeNull();
    }

    [Fact]
    public async Task An_executor_can_neither_add_nor_close_remarks()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var value = (await ValueIdsAsync(id))[3];
        await StartAsync(id, ReportStatus.Submitted);
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);
        (await AddAsync(executor, id, AuditSubjects.IndicatorValue, value, "Сам себе замечание")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var finance = await portal.SignInAsync("finance", followRedirects: false);
        (await AddAsync(finance, id, AuditSubjects.IndicatorValue, value, "Проверьте единицы измерения")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var remark = await RemarkOnAsync(value);
        var page = await executor.GetStringAsync(ReportPages.Edit(id, Year));
        page.Should().NotContain("id=\"remark-add-").And.NotContain($"id=\"remark-close-{remark.Id}\"");
        (await executor.PostFormAsync(Url("CloseRemark", id), page, new() { ["remarkId"] = Inv(remark.Id), ["version"] = Inv(remark.Version) }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await RemarkOnAsync(value)).ClosedAt.Should().BeNull();
        await using var db = portal.CreateDbContext();
        (await db.ValueRemarks.CountAsync(r => r.SubjectId == value && r.Subject == AuditSubjects.IndicatorValue)).Should().Be(1);
    }

    [Theory]
    [InlineData("   ", "Текст замечания: напишите текст.")]
    [InlineData(null, "Текст замечания: Слишком длинный текст: не более 2000 символов (сейчас 2001).")]
    public async Task An_empty_or_too_long_remark_is_refused_next_to_its_field_and_nothing_is_saved(string? text, string message)
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var value = (await ValueIdsAsync(id))[4];
        await StartAsync(id, ReportStatus.Submitted);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        await using var db = portal.CreateDbContext();
        var (remarks, entries) = (await db.ValueRemarks.CountAsync(), await db.AuditEntries.CountAsync());

        var response = await AddAsync(finance, id, AuditSubjects.IndicatorValue, value, text ?? new string('я', 2001));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain($"<div class=\"invalid-feedback d-block\" id=\"remark-add-ind-{value}-error\">{message}</div>");
        html.Should().Contain($"aria-describedby=\"remark-add-ind-{value}-error\"");
        (await db.ValueRemarks.CountAsync()).Should().Be(remarks);
        (await db.AuditEntries.CountAsync()).Should().Be(entries);
    }

    /// <summary>
    /// Seed 002, Appendix 2: activity 4.1 «Печатные СМИ» is the отдел по культуре's, with the only 2023 funding line of its
    /// activities. Finance remarks on the line and on the activity; the co-executor answers the one and corrects the other.
    /// </summary>
    [Fact]
    public async Task A_co_executor_answers_a_remark_on_its_activity_and_corrects_its_funding_line()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        int activity, line;
        await using (var db = portal.CreateDbContext())
        {
            activity = await db.Activities.Where(a => a.ProgramId == id && a.Code == "4.1").Select(a => a.Id).SingleAsync();
            line = await db.FundingLines.Where(f => f.ProgramId == id && f.Year == Year && f.ActivityId == activity).Select(f => f.Id).SingleAsync();
            (await db.FundingLines.Where(f => f.Id == line).ExecuteUpdateAsync(f => f.SetProperty(x => x.Actual, 100m))).Should().Be(1);
        }
        await StartAsync(id, ReportStatus.Submitted);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        (await AddAsync(finance, id, AuditSubjects.FundingLine, line, "Кассовое исполнение не сходится с выпиской")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AddAsync(finance, id, AuditSubjects.ActivityExecution, activity, "Опишите, что сделано")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await SetStatusAsync(id, ReportStatus.Returned);

        var culture = await portal.SignInAsync("kozh.culture", followRedirects: false);
        var (page, form) = await ReportPages.OpenAsync(culture, id, Year);
        await using var check = portal.CreateDbContext();
        var onActivity = await check.ValueRemarks.Where(r => r.Subject == AuditSubjects.ActivityExecution && r.SubjectId == activity).SingleAsync();
        page.Should().Contain($"id=\"remark-answer-{onActivity.Id}\"", "the activity is the co-executor's own row");
        (await culture.PostFormAsync(Url("AnswerRemark", id), page,
            new() { ["remarkId"] = Inv(onActivity.Id), ["version"] = Inv(onActivity.Version), ["answer"] = "Выпущено 12 номеров газеты" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        form["Funding[0].LineId"].Should().Be(Inv(line));
        (await ReportPages.SaveAsync(culture, id, Year, form.Set("Funding[0].Actual", "101,5"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = WebUtility.HtmlDecode(await culture.GetStringAsync(ReportPages.Edit(id, Year)));
        after.Should().Contain("Ответ (kozh.culture): Выпущено 12 номеров газеты").And.Contain("исправлено: было 100,00, стало 101,50");
        (await check.AuditEntries.Where(e => e.Field == AuditField.RemarkAnswer && e.Subject == AuditSubjects.ActivityExecution && e.SubjectId == activity)
            .Select(e => new { e.NewValue, e.Reason, e.UserName }).SingleAsync())
            .Should().BeEquivalentTo(new { NewValue = "Выпущено 12 номеров газеты", Reason = "Опишите, что сделано", UserName = "kozh.culture" });
    }

    [Fact]
    public async Task A_closed_remark_cannot_be_answered_and_a_submitted_report_waits_for_its_return()
    {
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var values = await ValueIdsAsync(id);
        await StartAsync(id, ReportStatus.Submitted);
        var finance = await portal.SignInAsync("finance", followRedirects: false);
        (await AddAsync(finance, id, AuditSubjects.IndicatorValue, values[0], "Первое замечание")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AddAsync(finance, id, AuditSubjects.IndicatorValue, values[1], "Второе замечание")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (open, closed) = (await RemarkOnAsync(values[0]), await RemarkOnAsync(values[1]));
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: true);
        var page = await executor.GetStringAsync(ReportPages.Edit(id, Year));

        var waiting = await executor.PostFormAsync(Url("AnswerRemark", id), page, new() { ["remarkId"] = Inv(open.Id), ["answer"] = "Ответ" });
        WebUtility.HtmlDecode(await waiting.Content.ReadAsStringAsync()).Should().Contain("Ответить на замечание можно, когда отчет возвращен на доработку.");

        page = await finance.GetStringAsync(ReportPages.Edit(id, Year));
        (await finance.PostFormAsync(Url("CloseRemark", id), page, new() { ["remarkId"] = Inv(closed.Id), ["version"] = Inv(closed.Version) }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        await SetStatusAsync(id, ReportStatus.Returned);
        page = await executor.GetStringAsync(ReportPages.Edit(id, Year));
        page.Should().Contain($"id=\"remark-answer-{open.Id}\"").And.NotContain($"id=\"remark-answer-{closed.Id}\"");
        var refused = await executor.PostFormAsync(Url("AnswerRemark", id), page, new() { ["remarkId"] = Inv(closed.Id), ["answer"] = "Ответ" });
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("Замечание закрыто: ответить на него уже нельзя.");
        (await RemarkOnAsync(values[1])).Answer.Should().BeNull();
        (await RemarkOnAsync(values[0])).Answer.Should().BeNull();
    }
}
