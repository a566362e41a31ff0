using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Administration;

/// <summary>
/// The accounts an administrator may see: a server administrator every account, a municipal administrator only those of
/// its municipality (another one's account is simply not found: 404).
/// </summary>
public sealed class UserDirectory(AppDbContext db, TimeProvider clock)
{
    /// <summary>The lockout end that marks an account blocked by an administrator.</summary>
    public static readonly DateTimeOffset BlockedUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IQueryable<AppUser> InScope(AdminScope scope) =>
        db.Users.Where(u => scope.MunicipalityId == null || u.MunicipalityId == scope.MunicipalityId);

    public async Task<IReadOnlyList<UserRow>> ListAsync(AdminScope scope, UserFilter filter, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = InScope(scope);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToLower();
            users = users.Where(u => u.UserName!.ToLower().Contains(q) || u.FullName.ToLower().Contains(q));
        }
        if (filter.M is { } m) users = users.Where(u => u.MunicipalityId == m);
        if (filter.Role is { } role) users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        users = filter.State switch
        {
            UserFilter.Active => users.Where(u => u.LockoutEnd == null || u.LockoutEnd <= now),
            UserFilter.Blocked => users.Where(u => u.LockoutEnd > now),
            UserFilter.MustChange => users.Where(u => u.MustChangePassword),
            _ => users,
        };
        return await Rows(users.OrderBy(u => u.FullName).ThenBy(u => u.UserName), now).ToListAsync(ct);
    }

    public async Task<UserRow?> FindAsync(AdminScope scope, string userId, CancellationToken ct) =>
        await Rows(InScope(scope).Where(u => u.Id == userId), clock.GetUtcNow()).SingleOrDefaultAsync(ct);

    public Task<List<Municipality>> MunicipalitiesAsync(AdminScope scope, CancellationToken ct) =>
        db.Municipalities.AsNoTracking().Where(m => scope.MunicipalityId == null || m.Id == scope.MunicipalityId).OrderBy(m => m.Name).ToListAsync(ct);

    public Task<List<Department>> OpenDepartmentsAsync(AdminScope scope, CancellationToken ct) =>
        db.Departments.AsNoTracking().Where(d => d.ClosedOn == null && (scope.MunicipalityId == null || d.MunicipalityId == scope.MunicipalityId))
            .OrderBy(d => d.MunicipalityId).ThenBy(d => d.Name).ToListAsync(ct);

    public Task<string?> RoleOfAsync(string userId, CancellationToken ct) =>
        db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefaultAsync(ct);

    /// <summary>Unblocked server administrators (no municipality) other than <paramref name="userId"/>: one must always remain.</summary>
    public Task<bool> OtherServerAdministratorExistsAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Users.AnyAsync(u => u.Id != userId && u.MunicipalityId == null && (u.LockoutEnd == null || u.LockoutEnd <= now)
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator)), ct);
    }

    private IQueryable<UserRow> Rows(IQueryable<AppUser> users, DateTimeOffset now) => users.Select(u => new UserRow(
        u.Id, u.UserName!, u.FullName, u.Position,
        db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
        db.Municipalities.Where(m => m.Id == u.MunicipalityId).Select(m => m.Name).FirstOrDefault(),
        db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault(),
        u.LockoutEnd > now, u.MustChangePassword));
}
