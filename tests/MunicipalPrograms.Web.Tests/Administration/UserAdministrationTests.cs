using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Web.Accounts;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Accounts;
using MunicipalPrograms.Web.Tests.Infrastructure;
using static MunicipalPrograms.Web.Tests.Administration.UserPages;

namespace MunicipalPrograms.Web.Tests.Administration;

/// <summary>
/// Accounts created, edited, blocked, unblocked and given one-time passwords by the server administrator «admin»
/// (demo: kozh.culture is an executor of the Кожевниковский district's «culture» department, aleksin.uorio of Алексин's «uorio»).
/// </summary>
public sealed class UserAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<HttpClient> AdminAsync() => portal.SignInAsync("admin", followRedirects: false);

    private async Task<(string Field, string Value)[]> ExecutorAsync(string login, string department = "culture") =>
    [
        ("UserName", login), ("FullName", "Иванова Елена Андреевна"), ("Position", "Главный специалист"), ("Email", "ivanova@kozhreg.ru"),
        ("Role", Roles.Executor), ("MunicipalityId", (await AdminPages.MunicipalityIdAsync(portal, "kozhevnikovo")).ToString()),
        ("DepartmentId", (await AdminPages.DepartmentIdAsync(portal, "kozhevnikovo", department)).ToString()),
    ];

    [Fact]
    public async Task A_created_executor_gets_a_one_time_password_that_forces_the_change_and_works_only_once()
    {
        var admin = await AdminAsync();
        var password = await OneTimePasswordOfAsync(await SaveAsync(admin, "/Admin/Users/New", await ExecutorAsync("ivanova.ea")));
        password.Should().HaveLength(12);

        await using (var db = portal.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "ivanova.ea");
            (user.FullName, user.MustChangePassword, user.DepartmentId).Should().Be(("Иванова Елена Андреевна", true,
                await AdminPages.DepartmentIdAsync(portal, "kozhevnikovo", "culture")));
            user.PasswordHash.Should().NotContain(password);
            var created = await db.AdminLog.SingleAsync(e => e.Subject == AdminSubjects.User && e.SubjectName == "ivanova.ea");
            (created.Field, created.NewValue, created.UserName).Should().Be((AdminSubjects.Created, Roles.Executor, "admin"));
            (await db.AdminLog.AnyAsync(e => e.NewValue!.Contains(password) || e.OldValue!.Contains(password))).Should().BeFalse();
        }

        var (_, where, browser) = await LogInAsync(portal, "ivanova.ea", password);
        where.Should().Be("/Account/ChangePassword");
        var reports = await browser.Client.GetAsync("/Reports");
        (reports.StatusCode, reports.Headers.Location!.PathAndQueryOf()).Should().Be((HttpStatusCode.Redirect, "/Account/ChangePassword"), "nothing else until changed");
        var page = await browser.Client.GetStringAsync("/Account/ChangePassword");
        (await browser.Client.PostFormAsync("/Account/ChangePassword", page,
            new() { ["CurrentPassword"] = password, ["NewPassword"] = "Ivanova-2026", ["ConfirmPassword"] = "Ivanova-2026" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync("/Reports")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await LogInAsync(portal, "ivanova.ea", password)).Where.Should().Contain(SignInService.RefusalMessage, "the one-time password worked once");
        (await LogInAsync(portal, "ivanova.ea", "Ivanova-2026")).Where.Should().Be("/");
        await using var check = portal.CreateDbContext();
        (await check.Users.SingleAsync(u => u.UserName == "ivanova.ea")).MustChangePassword.Should().BeFalse();
    }

    [Theory]
    [InlineData("UserName", "иванова", "Логин может содержать только латинские буквы, цифры, точку и дефис.")]
    [InlineData("UserName", "kozh.culture", "Логин kozh.culture уже занят.")]
    [InlineData("FullName", " ", "Укажите фамилию, имя и отчество.")]
    [InlineData("Email", "ivanova@", "«ivanova@» — не адрес электронной почты. Пример: ivanova@admin.ru.")]
    [InlineData("DepartmentId", "", "Исполнителю нужно подразделение: выберите его.")]
    [InlineData("DepartmentId", "aleksin:uorio", "Выберите подразделение выбранного муниципального образования.")]
    [InlineData("DepartmentId", "kozhevnikovo:closed", "Подразделение «Упраздненный отдел» закрыто: выберите действующее.")]
    public async Task A_wrong_field_gets_its_message_next_to_it_and_nothing_is_saved(string field, string value, string message)
    {
        var admin = await AdminAsync();
        await using (var db = portal.CreateDbContext())
            if (!await db.Departments.AnyAsync(d => d.Code == "closed"))
            {
                db.Departments.Add(new Department { MunicipalityId = await AdminPages.MunicipalityIdAsync(portal, "kozhevnikovo"), Code = "closed",
                    Name = "Упраздненный отдел", ClosedOn = new DateOnly(2025, 12, 31) });
                await db.SaveChangesAsync();
            }
        if (value.Split(':') is [var municipality, var department]) value = (await AdminPages.DepartmentIdAsync(portal, municipality, department)).ToString();
        int users, log;
        await using (var db = portal.CreateDbContext()) (users, log) = (await db.Users.CountAsync(), await db.AdminLog.CountAsync());

        var values = (await ExecutorAsync("petrov.ia")).Where(v => v.Field != field).Append((field, value)).ToArray();
        var response = await SaveAsync(admin, "/Admin/Users/New", values);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await MessageForAsync(response, field)).Should().Be(message);
        await using var check = portal.CreateDbContext();
        ((await check.Users.CountAsync()), (await check.AdminLog.CountAsync())).Should().Be((users, log));
    }

    [Fact]
    public async Task An_edit_is_logged_field_by_field_and_a_role_change_ends_the_users_session()
    {
        await Browsers.CreateUserAsync(portal, "users.edit");
        var signedIn = await Browsers.SignedInAsync(portal, "users.edit");
        (await signedIn.Client.GetAsync("/Review")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a viewer does not review");
        var admin = await AdminAsync();
        var id = await IdOfAsync(portal, "users.edit");

        var saved = await SaveAsync(admin, $"/Admin/Users/{id}", ("FullName", "Орлова Нина Петровна"), ("Position", "Консультант"), ("Role", Roles.Finance));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var next = await signedIn.Client.GetAsync("/Review");
        (next.StatusCode, next.Headers.Location!.PathAndQueryOf()).Should().Match<(HttpStatusCode, string)>(r => r.Item1 == HttpStatusCode.Redirect && r.Item2.StartsWith("/Account/Login"));
        (await (await Browsers.SignedInAsync(portal, "users.edit")).Client.GetAsync("/Review")).StatusCode.Should().Be(HttpStatusCode.OK, "the new role applies");
        await using var db = portal.CreateDbContext();
        (await db.AdminLog.Where(e => e.SubjectName == "users.edit").OrderBy(e => e.Field).Select(e => new { e.Field, e.OldValue, e.NewValue }).ToListAsync())
            .Should().BeEquivalentTo(new[]
            {
                new { Field = "full_name", OldValue = (string?)"Тест", NewValue = (string?)"Орлова Нина Петровна" },
                new { Field = "position", OldValue = (string?)null, NewValue = (string?)"Консультант" },
                new { Field = "role", OldValue = (string?)Roles.Viewer, NewValue = (string?)Roles.Finance },
            }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_block_ends_the_open_session_and_refuses_sign_in_with_the_neutral_message_until_unblocked()
    {
        await Browsers.CreateUserAsync(portal, "users.block");
        var signedIn = await Browsers.SignedInAsync(portal, "users.block");
        var admin = await AdminAsync();
        var id = await IdOfAsync(portal, "users.block");

        (await ActAsync(admin, id, "Block", $"/Admin/Users/{id}")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var next = await signedIn.Client.GetAsync("/Programs");
        (next.StatusCode, next.Headers.Location!.PathAndQueryOf().StartsWith("/Account/Login")).Should().Be((HttpStatusCode.Redirect, true));
        var refused = await LogInAsync(portal, "users.block", DemoAccounts.Password);
        (refused.Status, refused.Where.Contains(SignInService.RefusalMessage)).Should().Be((HttpStatusCode.OK, true));
        (await admin.GetDecodedAsync("/Admin/Users?State=blocked")).Should().Contain("users.block").And.NotContain("kozh.culture");

        (await ActAsync(admin, id, "Unblock", $"/Admin/Users/{id}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await LogInAsync(portal, "users.block", DemoAccounts.Password)).Where.Should().Be("/");
        await using var db = portal.CreateDbContext();
        (await db.AdminLog.Where(e => e.SubjectName == "users.block").OrderBy(e => e.Id).Select(e => e.Field).ToListAsync())
            .Should().Equal(AdminSubjects.Blocked, AdminSubjects.Unblocked);
    }

    [Fact]
    public async Task An_administrator_cannot_block_themselves_nor_make_the_last_server_administrator_municipal()
    {
        var admin = await AdminAsync();
        var id = await IdOfAsync(portal, "admin");

        var blocked = await ActAsync(admin, id, "Block", $"/Admin/Users/{id}");
        (await admin.GetDecodedAsync(blocked.Headers.Location!.OriginalString)).Should().Contain("Нельзя заблокировать собственную учетную запись.");
        var moved = await SaveAsync(admin, $"/Admin/Users/{id}", ("MunicipalityId", (await AdminPages.MunicipalityIdAsync(portal, "aleksin")).ToString()));

        moved.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        WebUtility.HtmlDecode(await moved.Content.ReadAsStringAsync()).Should().Contain("Это последний действующий администратор портала: сначала назначьте другого.");
        await using var db = portal.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        (user.LockoutEnd, user.MunicipalityId).Should().Be((null, null));
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_and_issues_a_one_time_password_that_must_be_changed()
    {
        await Browsers.CreateUserAsync(portal, "users.reset");
        var signedIn = await Browsers.SignedInAsync(portal, "users.reset");
        var admin = await AdminAsync();
        var id = await IdOfAsync(portal, "users.reset");

        var password = await OneTimePasswordOfAsync(await ActAsync(admin, id, "ResetPassword", $"/Admin/Users/{id}"));

        (await signedIn.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the open session ended");
        (await LogInAsync(portal, "users.reset", DemoAccounts.Password)).Where.Should().Contain(SignInService.RefusalMessage, "the old password is gone");
        (await LogInAsync(portal, "users.reset", password)).Where.Should().Be("/Account/ChangePassword");
        await using var db = portal.CreateDbContext();
        var entry = await db.AdminLog.SingleAsync(e => e.SubjectName == "users.reset");
        (entry.Field, entry.NewValue, entry.OldValue).Should().Be((AdminSubjects.PasswordReset, null, null));
    }

    [Fact]
    public async Task The_list_finds_by_name_and_filters_by_municipality_and_role()
    {
        var admin = await AdminAsync();
        (await admin.GetDecodedAsync("/Admin/Users?Q=кузнецова")).Should().Contain("aleksin.uorio").And.NotContain("kozh.culture");
        var kozh = await AdminPages.MunicipalityIdAsync(portal, "kozhevnikovo");
        (await admin.GetDecodedAsync($"/Admin/Users?M={kozh}&Role=Executor")).Should().Contain("kozh.culture").And.Contain("kozh.admin")
            .And.NotContain("aleksin.uorio").And.NotContain(">finance<");
        (await admin.GetDecodedAsync("/Admin")).Should().Contain("href=\"/Admin/Users\"");
    }
}
