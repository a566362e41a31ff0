using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Browser;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>
/// A new installation (issue 10, item 1): the portal in Production on an empty database without the DemoData setting
/// has no account at all; <c>create-admin</c> (the built portal run as a process, the password on its standard input,
/// as scripts/create-admin.sh runs it) makes the first server administrator, who signs in and sets up a municipality
/// with a department and an executor, who signs in with the one-time password, changes it and sees an empty work list.
/// </summary>
public sealed class FirstStartInProductionTests : IAsyncLifetime
{
    private const string Password = "Glava-2026-ok";
    private readonly string _database = TestDatabase.NewName(nameof(FirstStartInProductionTests));
    private PortalProcess _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalProcess.StartEmptyInProductionAsync(_database);

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private AppDbContext Db() => TestDatabase.Context(_database);

    private HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(_portal.BaseUrl), Timeout = TimeSpan.FromSeconds(120),
    };

    private async Task<(int ExitCode, string Output, string Errors)> CreateAdminAsync(string? stdin, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(RepositoryPaths.PortalAssembly);
        info.ArgumentList.Add("create-admin");
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in _portal.Settings) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        await client.PostFormAsync("/Account/Login", await client.GetStringAsync("/Account/Login"),
            new() { ["UserName"] = userName, ["Password"] = password });

    [Fact]
    public async Task No_demo_account_exists_and_create_admin_makes_the_first_administrator_who_sets_up_a_municipality()
    {
        await using (var db = Db())
        {
            (await db.Users.CountAsync()).Should().Be(0, "Production without DemoData:Load creates no account");
            (await db.Municipalities.CountAsync()).Should().Be(0);
        }
        (await SignInAsync(Client(), "admin", DemoAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the login page again: no demo admin");
        // Production serves the static files from the content root, as the run command starts it.
        (await Client().GetAsync("/css/site.css")).StatusCode.Should().Be(HttpStatusCode.OK);

        var weak = await CreateAdminAsync("glava", "--user", "glava");
        weak.ExitCode.Should().Be(CreateAdminCommand.Refused);
        weak.Errors.Should().Contain("Пароль должен содержать не менее 8 символов.").And.Contain("хотя бы одну цифру");
        var empty = await CreateAdminAsync(null, "--user", "glava");
        empty.ExitCode.Should().Be(CreateAdminCommand.Refused);
        empty.Errors.Should().Contain("Пароль не задан");
        await using (var db = Db()) (await db.Users.CountAsync()).Should().Be(0);

        var created = await CreateAdminAsync(Password, "--user", "glava", "--name", "Шевцов Геннадий Викторович");
        created.ExitCode.Should().Be(0, created.Errors);
        created.Output.Should().Contain("Администратор сервера «glava» создан.");
        created.Output.Should().NotContain(Password);
        var again = await CreateAdminAsync("Another-2026-ok", "--user", "glava");
        again.ExitCode.Should().Be(CreateAdminCommand.Refused);
        again.Errors.Should().Contain("Пользователь «glava» уже существует").And.Contain("--reset-password");

        await using (var db = Db())
        {
            var user = await db.Users.SingleAsync();
            (user.UserName, user.FullName, user.MunicipalityId, user.DepartmentId).Should().Be(("glava", "Шевцов Геннадий Викторович", null, null));
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
            roles.Should().Equal(Roles.Administrator);
        }

        var admin = Client();
        var signedIn = await SignInAsync(admin, "glava", Password);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the administrator's password is the one given on standard input");

        var municipalityPage = await admin.GetStringAsync("/Admin/Municipalities/New");
        var municipalityForm = HtmlForm.Parse(municipalityPage, "municipality-form")
            .Set("Code", "suvorov").Set("Name", "Муниципальное образование город Суворов").Set("Region", "Тульская область")
            .Set("MoneyUnit", "ThousandRubles").Set("TimeZoneId", "Europe/Moscow").Set("BudgetNames[Local]", "Бюджет МО г. Суворов")
            .Set("HeadPosition", "Глава администрации").Set("HeadName", "Г.В. Шевцов");
        (await admin.PostAsync("/Admin/Municipalities/Save", municipalityForm.Content())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        int municipality;
        await using (var db = Db()) municipality = await db.Municipalities.Where(m => m.Code == "suvorov").Select(m => m.Id).SingleAsync();

        var departmentPage = await admin.GetStringAsync($"/Admin/Municipalities/{municipality}/Departments/New");
        var departmentForm = HtmlForm.Parse(departmentPage, "department-form")
            .Set("Code", "economy").Set("Name", "Отдел экономики администрации").Set("Kind", "Department");
        (await admin.PostAsync($"/Admin/Municipalities/{municipality}/Departments/Save", departmentForm.Content())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await admin.GetDecodedAsync($"/Admin/Municipalities/{municipality}/Departments")).Should().Contain("Отдел экономики администрации");
        await using (var db = Db())
            (await db.Departments.CountAsync(d => d.MunicipalityId == municipality && d.Code == "economy")).Should().Be(1);
        int department;
        await using (var db = Db()) department = await db.Departments.Where(d => d.MunicipalityId == municipality && d.Code == "economy").Select(d => d.Id).SingleAsync();

        // The administrator creates an executor of that department, who signs in with the one-time password and changes it.
        var userPage = await admin.GetStringAsync("/Admin/Users/New");
        var userForm = HtmlForm.Parse(userPage, "user-form").Set("UserName", "suvorov.economy").Set("FullName", "Орлова Наталья Сергеевна")
            .Set("Role", "Executor").Set("MunicipalityId", municipality.ToString()).Set("DepartmentId", department.ToString());
        var issued = await admin.PostAsync("/Admin/Users/Save", userForm.Content());
        issued.StatusCode.Should().Be(HttpStatusCode.OK, "the one-time password is shown in the answer to the post");
        var oneTime = System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(await issued.Content.ReadAsStringAsync()),
            "id=\"one-time-password\">([^<]+)<").Groups[1].Value;
        oneTime.Should().NotBeEmpty();
        var executor = Client();
        (await SignInAsync(executor, "suvorov.economy", oneTime)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var change = await executor.GetStringAsync("/Account/ChangePassword");
        (await executor.PostFormAsync("/Account/ChangePassword", change, new()
            { ["CurrentPassword"] = oneTime, ["NewPassword"] = "Suvorov-2026-parol", ["ConfirmPassword"] = "Suvorov-2026-parol" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await executor.GetDecodedAsync("/Reports")).Should().Contain("Вы не назначены исполнителем ни одной программы.");

        // Production's pages for a missing page: the Russian one, never the developer exception page.
        var missing = await admin.GetAsync("/Admin/Municipalities/999999/Departments");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var html = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        html.Should().Contain("<html").And.NotContain("Exception").And.NotContain("   at ");
    }
}
