using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Administration;

/// <summary>
/// Departments of the Кожевниковский district (demo: «admin» is the responsible executor of KZH-MP-01 with the user
/// kozh.admin; «culture» executes activities 4.1 and 4.2 with the user kozh.culture): create with a unique code, close
/// only what nothing live depends on, merge moving everything live.
/// </summary>
public sealed class DepartmentAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Admin, int Municipality)> AdminAsync() =>
        (await portal.SignInAsync("admin", followRedirects: false), await AdminPages.MunicipalityIdAsync(portal, "kozhevnikovo"));

    private static async Task<int> CreateAsync(HttpClient admin, int municipality, string code, string name)
    {
        var page = await admin.GetStringAsync($"/Admin/Municipalities/{municipality}/Departments/New");
        var form = HtmlForm.Parse(page, "department-form").Set("Code", code).Set("Name", name).Set("Kind", "Department");
        (await admin.PostAsync($"/Admin/Municipalities/{municipality}/Departments/Save", form.Content())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return 0;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient admin, int municipality, int department, string action, Dictionary<string, string> fields)
    {
        var page = await admin.GetStringAsync($"/Admin/Municipalities/{municipality}/Departments/{department}");
        return await admin.PostFormAsync($"/Admin/Municipalities/{municipality}/Departments/{department}/{action}", page, fields);
    }

    [Fact]
    public async Task A_department_is_created_and_a_repeated_code_is_refused_next_to_the_field()
    {
        var (admin, m) = await AdminAsync();
        await CreateAsync(admin, m, "economy", "Отдел экономического анализа и прогнозирования");

        var page = await admin.GetStringAsync($"/Admin/Municipalities/{m}/Departments/New");
        var again = await admin.PostAsync($"/Admin/Municipalities/{m}/Departments/Save",
            HtmlForm.Parse(page, "department-form").Set("Code", "economy").Set("Name", "Другой отдел").Content());

        again.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).Should().Contain("data-valmsg-for=\"Code\"")
            .And.Contain("Код economy уже есть у другого подразделения этого муниципального образования.");
        await using var db = portal.CreateDbContext();
        (await db.Departments.CountAsync(d => d.MunicipalityId == m && d.Code == "economy")).Should().Be(1);
        (await db.AdminLog.CountAsync(e => e.Subject == AdminSubjects.Department && e.Field == AdminSubjects.Created && e.NewValue == "economy")).Should().Be(1);
    }

    [Fact]
    public async Task A_department_with_a_program_and_users_is_not_closed_and_the_message_says_what_to_hand_over()
    {
        var (admin, m) = await AdminAsync();
        var department = await AdminPages.DepartmentIdAsync(portal, "kozhevnikovo", "admin");

        var response = await PostAsync(admin, m, department, "Close", new() { ["reason"] = "Распоряжение от 01.03.2026 № 12" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await admin.GetDecodedAsync(response.Headers.Location!.OriginalString);
        page.Should().Contain("Подразделение нельзя закрыть: оно ответственный исполнитель программ KZH-MP-01 — сначала передайте их другому подразделению")
            .And.Contain("к нему относятся пользователи kozh.admin");
        await using var db = portal.CreateDbContext();
        (await db.Departments.SingleAsync(d => d.Id == department)).ClosedOn.Should().BeNull();
    }

    [Fact]
    public async Task A_closed_department_keeps_its_row_and_is_no_longer_offered_for_a_new_program()
    {
        var (admin, m) = await AdminAsync();
        await CreateAsync(admin, m, "archive", "Архивный отдел администрации района");
        var department = await AdminPages.DepartmentIdAsync(portal, "kozhevnikovo", "archive");
        (await admin.GetDecodedAsync("/Programs/Create")).Should().Contain("Архивный отдел администрации района");

        (await PostAsync(admin, m, department, "Close", new() { ["reason"] = "" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using (var db = portal.CreateDbContext()) (await db.Departments.SingleAsync(d => d.Id == department)).ClosedOn.Should().BeNull("a reason is required");
        (await PostAsync(admin, m, department, "Close", new() { ["reason"] = "Распоряжение от 01.03.2026 № 12" })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using var check = portal.CreateDbContext();
        (await check.Departments.SingleAsync(d => d.Id == department)).ClosedOn.Should().Be(PortalFactory.CampaignDay, "closed on the portal's today");
        (await check.AdminLog.SingleAsync(e => e.SubjectId == department && e.Field == AdminSubjects.Closed)).Reason.Should().Be("Распоряжение от 01.03.2026 № 12");
        (await admin.GetDecodedAsync("/Programs/Create")).Should().NotContain("Архивный отдел администрации района");
        (await admin.GetDecodedAsync($"/Admin/Municipalities/{m}/Departments")).Should().Contain("закрыто 02.03.2026");
    }

    [Fact]
    public async Task A_merge_moves_the_activities_co_executions_and_users_and_closes_the_merged_department()
    {
        var (admin, m) = await AdminAsync();
        await CreateAsync(admin, m, "culture-sport", "Управление по культуре, спорту и молодежной политике");
        var (culture, successor) = (await AdminPages.DepartmentIdAsync(portal, "kozhevnikovo", "culture"), await AdminPages.DepartmentIdAsync(portal, "kozhevnikovo", "culture-sport"));
        List<int> activities;
        await using (var db = portal.CreateDbContext())
            activities = await db.Set<Domain.Programs.ActivityExecutor>().Where(e => e.DepartmentId == culture).Select(e => e.ActivityId).OrderBy(a => a).ToListAsync();
        activities.Should().HaveCount(2, "culture executes activities 4.1 and 4.2");

        (await PostAsync(admin, m, culture, "Merge", new() { ["into"] = successor.ToString() })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using var check = portal.CreateDbContext();
        (await check.Set<Domain.Programs.ActivityExecutor>().Where(e => e.DepartmentId == successor).Select(e => e.ActivityId).OrderBy(a => a).ToListAsync())
            .Should().Equal(activities);
        (await check.Set<Domain.Programs.ActivityExecutor>().AnyAsync(e => e.DepartmentId == culture)).Should().BeFalse();
        (await check.Users.SingleAsync(u => u.UserName == "kozh.culture")).DepartmentId.Should().Be(successor);
        var merged = await check.Departments.SingleAsync(d => d.Id == culture);
        (merged.ClosedOn, merged.MergedIntoId).Should().Be((PortalFactory.CampaignDay, successor));
        // The co-executor now signs in as the successor and still edits its activities' report rows.
        (await (await portal.SignInAsync("kozh.culture")).GetDecodedAsync("/Reports")).Should().Contain("KZH-MP-01");
    }

    [Fact]
    public async Task Report_journal_times_are_shown_in_the_municipalitys_time_zone()
    {
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => new { p.Id, p.MunicipalityId }).SingleAsync();
        var report = await db.Reports.Where(r => r.ProgramId == program.Id && r.Year == 2024).SingleAsync();
        await db.Municipalities.Where(m => m.Id == program.MunicipalityId).ExecuteUpdateAsync(s => s.SetProperty(m => m.TimeZoneId, "Asia/Yekaterinburg"));
        db.AuditEntries.Add(new AuditEntry
        {
            ProgramId = program.Id, ReportId = report.Id, Subject = AuditSubjects.Report, SubjectId = report.Id, Field = AuditField.Status,
            OldValue = "draft", NewValue = "submitted", UserName = "aleksin.uorio", At = new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync();

        var journal = await (await portal.SignInAsync("finance")).GetDecodedAsync($"/Reports/History/{program.Id}?year=2024&period=Year");

        journal.Should().Contain("02.03.2026 08:00:00", "03:00 UTC is 08:00 in Екатеринбург (UTC+5)");
    }
}
