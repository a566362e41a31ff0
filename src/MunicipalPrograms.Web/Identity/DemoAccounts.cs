using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;

namespace MunicipalPrograms.Web.Identity;

/// <summary>
/// Demo accounts, one or more per role, created with the demo data outside Production only.
/// The README lists them; the browser tests sign in with them.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo-2025";

    public sealed record Account(string UserName, string FullName, string Position, string Role, string? Municipality, string? Department);

    public static readonly Account[] All =
    [
        new("admin", "Администратор портала", "Администратор", Roles.Administrator, null, null),
        new("finance", "Смирнова Ольга Петровна", "Начальник финансово-экономического управления", Roles.Finance, null, null),
        new("viewer", "Иванов Сергей Николаевич", "Специалист (просмотр)", Roles.Viewer, null, null),
        new("kozh.admin", "Петрова Анна Викторовна", "Главный специалист Администрации Кожевниковского района", Roles.Executor, "kozhevnikovo", "admin"),
        new("kozh.culture", "Сидоров Павел Ильич", "Специалист отдела по культуре, спорту и молодежной политике", Roles.Executor, "kozhevnikovo", "culture"),
        new("aleksin.uorio", "Кузнецова Мария Андреевна", "Консультант управления по организационной работе", Roles.Executor, "aleksin", "uorio"),
    ];

    public static async Task EnsureAsync(UserManager<AppUser> users, AppDbContext db, ILogger logger)
    {
        foreach (var account in All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null) continue;
            var user = new AppUser
            {
                UserName = account.UserName, FullName = account.FullName, Position = account.Position,
                Email = $"{account.UserName}@demo.local", EmailConfirmed = true,
                DepartmentId = await DepartmentIdAsync(db, account),
                MunicipalityId = account.Municipality is null ? null
                    : await db.Municipalities.Where(m => m.Code == account.Municipality).Select(m => (int?)m.Id).SingleOrDefaultAsync(),
            };
            if (account.Department is not null && user.DepartmentId is null) continue; // its program's demo data is absent
            Check(await users.CreateAsync(user, Password), account);
            Check(await users.AddToRoleAsync(user, account.Role), account);
            logger.LogInformation("Demo account {UserName} ({Role}) created", account.UserName, account.Role);
        }
    }

    private static Task<int?> DepartmentIdAsync(AppDbContext db, Account account) =>
        account.Department is null ? Task.FromResult<int?>(null)
            : db.Departments.Where(d => d.Code == account.Department && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == account.Municipality))
                .Select(d => (int?)d.Id).SingleOrDefaultAsync();

    private static void Check(IdentityResult result, Account account)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
