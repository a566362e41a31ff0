using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Accounts;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>
/// Creating and editing accounts, blocking, unblocking and issuing one-time passwords. Each change is one transaction
/// with its admin-log entries (never a password). A change of what the cookie carries (role, municipality, department),
/// a block and a new password end the account's sessions, so the next request signs in anew with the new state.
/// The account passed in has been found within the administrator's scope (<see cref="UserDirectory"/>).
/// </summary>
public sealed class UserAdministration(AppDbContext db, UserManager<AppUser> users, UserDirectory directory, SessionStore sessions,
    Notifications.Notifier notifier, TimeProvider clock)
{
    /// <returns>The account and, when created, its one-time password; null with the messages in <paramref name="errors"/>.</returns>
    public async Task<(AppUser User, string? Password)?> SaveAsync(AdminScope scope, UserForm form, FormErrors errors, CancellationToken ct)
    {
        var user = form.Creating ? new AppUser() : await users.FindByIdAsync(form.Id!);
        if (user is null) { errors.Add("", "Пользователь не найден."); return null; }
        var oldRole = form.Creating ? null : await directory.RoleOfAsync(user.Id, ct);
        var before = await FieldsAsync(user, oldRole, ct);
        if (!form.ApplyTo(user, errors)) return null;
        await CheckPlacementAsync(scope, form, user, errors, ct);
        if (form.Creating && await users.FindByNameAsync(user.UserName!) is not null)
            errors.Add(nameof(form.UserName), $"Логин {user.UserName} уже занят.");
        if (!form.Creating && oldRole == Roles.Administrator && before[5].Value is null && !IsServerAdministrator(user, form.Role)
            && !await directory.OtherServerAdministratorExistsAsync(user.Id, ct))
            errors.Add("", "Это последний действующий администратор портала: сначала назначьте другого.");
        if (errors.Any) return null;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        string? password = null;
        if (form.Creating)
        {
            password = OneTimePassword.New();
            user.MustChangePassword = true;
            Check(await users.CreateAsync(user, password));
        }
        else Check(await users.UpdateAsync(user));
        if (oldRole != form.Role)
        {
            if (oldRole is not null) Check(await users.RemoveFromRoleAsync(user, oldRole));
            Check(await users.AddToRoleAsync(user, form.Role!));
        }
        var after = await FieldsAsync(user, form.Role, ct);
        var now = clock.GetUtcNow();
        db.AdminLog.AddRange(form.Creating
            ? [AdminLog.Action(user.MunicipalityId, AdminSubjects.User, 0, user.UserName!, AdminSubjects.Created, form.Role, null, scope.UserName, now)]
            : AdminLog.Changes(user.MunicipalityId, AdminSubjects.User, 0, user.UserName!, before, after, scope.UserName, now));
        if (form.Creating) await notifier.AccountEventAsync(user, Domain.Notifications.NotificationKind.AccountCreated, ct);
        await db.SaveChangesAsync(ct);
        // Role, municipality and department live in the cookie's claims: end the sessions so that they apply now.
        if (!form.Creating && before.Skip(3).Zip(after.Skip(3)).Any(p => p.First.Value != p.Second.Value))
            await sessions.EndAllAsync(user.Id, SessionEndReasons.ChangedByAdministrator);
        await tx.CommitAsync(ct);
        return (user, password);
    }

    /// <returns>Null when blocked, else the Russian reason it cannot be.</returns>
    public async Task<string?> BlockAsync(AdminScope scope, AppUser user, CancellationToken ct)
    {
        if (user.UserName == scope.UserName) return "Нельзя заблокировать собственную учетную запись.";
        if (user.MunicipalityId is null && await directory.RoleOfAsync(user.Id, ct) == Roles.Administrator
            && !await directory.OtherServerAdministratorExistsAsync(user.Id, ct))
            return "Это последний действующий администратор портала: его нельзя заблокировать.";
        await ChangeAsync(scope, user, AdminSubjects.Blocked, u => u.LockoutEnd = UserDirectory.BlockedUntil, ct);
        return null;
    }

    public Task UnblockAsync(AdminScope scope, AppUser user, CancellationToken ct) =>
        ChangeAsync(scope, user, AdminSubjects.Unblocked, u => u.LockoutEnd = null, ct);

    /// <returns>The new one-time password, to be shown once.</returns>
    public async Task<string> ResetPasswordAsync(AdminScope scope, AppUser user, CancellationToken ct)
    {
        var password = OneTimePassword.New();
        await ChangeAsync(scope, user, AdminSubjects.PasswordReset, u =>
        {
            u.PasswordHash = users.PasswordHasher.HashPassword(u, password);
            u.MustChangePassword = true;
        }, ct, Domain.Notifications.NotificationKind.PasswordReset);
        return password;
    }

    /// <summary>One access change: applied, logged, and every session of the account ended, in one transaction.</summary>
    private async Task ChangeAsync(AdminScope scope, AppUser user, string action, Action<AppUser> change, CancellationToken ct,
        Domain.Notifications.NotificationKind? tell = null)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        change(user);
        Check(await users.UpdateSecurityStampAsync(user));
        db.AdminLog.Add(AdminLog.Action(user.MunicipalityId, AdminSubjects.User, 0, user.UserName!, action, null, null, scope.UserName, clock.GetUtcNow()));
        if (tell is { } kind) await notifier.AccountEventAsync(user, kind, ct);
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(user.Id, SessionEndReasons.ChangedByAdministrator);
        await tx.CommitAsync(ct);
    }

    /// <summary>Municipality and department: within the administrator's scope, a department open and of that municipality.</summary>
    private async Task CheckPlacementAsync(AdminScope scope, UserForm form, AppUser user, FormErrors errors, CancellationToken ct)
    {
        if (!scope.IsServerAdministrator && user.MunicipalityId != scope.MunicipalityId)
            errors.Add(nameof(form.MunicipalityId), "Вы управляете пользователями только своего муниципального образования: выберите его.");
        else if (user.MunicipalityId is { } m && !await db.Municipalities.AnyAsync(x => x.Id == m, ct))
            errors.Add(nameof(form.MunicipalityId), "Выберите муниципальное образование из списка.");
        if (user.DepartmentId is { } d)
        {
            var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == d, ct);
            if (department is null || department.MunicipalityId != user.MunicipalityId)
                errors.Add(nameof(form.DepartmentId), "Выберите подразделение выбранного муниципального образования.");
            else if (department.ClosedOn is not null)
                errors.Add(nameof(form.DepartmentId), $"Подразделение «{department.Name}» закрыто: выберите действующее.");
        }
        else if (form.Role == Roles.Executor)
            errors.Add(nameof(form.DepartmentId), "Исполнителю нужно подразделение: выберите его.");
    }

    private static bool IsServerAdministrator(AppUser user, string? role) => role == Roles.Administrator && user.MunicipalityId is null;

    /// <summary>The logged fields, as invariant text: municipality and department by their codes. Index 5 is the municipality.</summary>
    private async Task<IReadOnlyList<(string Field, string? Value)>> FieldsAsync(AppUser u, string? role, CancellationToken ct) =>
    [
        ("full_name", u.FullName), ("position", u.Position), ("email", u.Email), ("role", role),
        ("department", u.DepartmentId is { } d ? await db.Departments.Where(x => x.Id == d).Select(x => x.Code).SingleOrDefaultAsync(ct) : null),
        ("municipality", u.MunicipalityId is { } m ? await db.Municipalities.Where(x => x.Id == m).Select(x => x.Code).SingleOrDefaultAsync(ct) : null),
    ];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
