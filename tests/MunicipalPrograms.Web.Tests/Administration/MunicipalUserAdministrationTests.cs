using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Tests.Infrastructure;
using static MunicipalPrograms.Web.Tests.Administration.UserPages;

namespace MunicipalPrograms.Web.Tests.Administration;

/// <summary>
/// Алексин's administrator manages only Алексин's accounts (demo: aleksin.uorio); the Кожевниковский district's
/// kozh.culture is invisible to it and a forged post for it changes nothing.
/// </summary>
public sealed class MunicipalUserAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> AleksinAdminAsync() =>
        await portal.SignInAsync(await AdminPages.MunicipalAdministratorAsync(portal, "aleksin"), followRedirects: false);

    [Fact]
    public async Task The_list_shows_only_its_own_municipalitys_users_and_another_ones_page_is_not_found()
    {
        var admin = await AleksinAdminAsync();

        (await admin.GetDecodedAsync("/Admin/Users")).Should().Contain("aleksin.uorio").And.NotContain("kozh.culture").And.NotContain(">admin<");
        (await admin.GetAsync($"/Admin/Users/{await IdOfAsync(portal, "kozh.culture")}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_forged_post_for_another_municipalitys_user_changes_nothing()
    {
        var admin = await AleksinAdminAsync();
        var other = await IdOfAsync(portal, "kozh.culture");
        var own = $"/Admin/Users/{await IdOfAsync(portal, "aleksin.uorio")}";

        var form = HtmlForm.Parse(await admin.GetStringAsync(own), "user-form").Set("Id", other).Set("FullName", "Подмена");
        (await admin.PostAsync("/Admin/Users/Save", form.Content())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreach (var action in new[] { "Block", "ResetPassword" })
            (await ActAsync(admin, other, action, own)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await using var db = portal.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == other);
        (user.FullName, user.LockoutEnd, user.MustChangePassword).Should().Be(("Сидоров Павел Ильич", null, false));
        (await db.AdminLog.AnyAsync(e => e.Subject == AdminSubjects.User && e.SubjectName == "kozh.culture")).Should().BeFalse();
    }

    [Fact]
    public async Task It_cannot_create_a_server_level_user_nor_an_administrator_of_another_municipality()
    {
        var admin = await AleksinAdminAsync();
        var kozh = await AdminPages.MunicipalityIdAsync(portal, "kozhevnikovo");
        (await admin.GetDecodedAsync("/Admin/Users/New")).Should().NotContain("все (уровень портала)");

        foreach (var municipality in new[] { "", kozh.ToString() })
        {
            var response = await SaveAsync(admin, "/Admin/Users/New", ("UserName", "intruder"), ("FullName", "Захаров Олег Ильич"),
                ("Role", Roles.Administrator), ("MunicipalityId", municipality), ("DepartmentId", ""));
            response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            (await MessageForAsync(response, "MunicipalityId")).Should().Be("Вы управляете пользователями только своего муниципального образования: выберите его.");
        }
        var allowed = await SaveAsync(admin, "/Admin/Users/New", ("UserName", "aleksin.finance"), ("FullName", "Захарова Ольга Ильинична"),
            ("Role", Roles.Finance), ("DepartmentId", ""));

        await OneTimePasswordOfAsync(allowed);
        await using var db = portal.CreateDbContext();
        (await db.Users.AnyAsync(u => u.UserName == "intruder")).Should().BeFalse();
        (await db.Users.SingleAsync(u => u.UserName == "aleksin.finance")).MunicipalityId.Should().Be(await AdminPages.MunicipalityIdAsync(portal, "aleksin"));
        (await db.AdminLog.SingleAsync(e => e.SubjectName == "aleksin.finance")).MunicipalityId.Should().Be(await AdminPages.MunicipalityIdAsync(portal, "aleksin"));
    }
}
