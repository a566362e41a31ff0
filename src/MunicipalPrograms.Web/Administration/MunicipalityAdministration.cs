using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>A municipality in the administrator's list.</summary>
public sealed record MunicipalityRow(int Id, string Code, string Name, string? Region, int Departments, int Programs);

/// <summary>
/// Municipalities on this server (a region can host all of its municipalities): the list an administrator may see,
/// creating one (server administrators only) and its settings. Every change is logged field by field.
/// </summary>
public sealed class MunicipalityAdministration(AppDbContext db, TimeProvider clock)
{
    public Task<List<MunicipalityRow>> ListAsync(AdminScope scope, CancellationToken ct) =>
        db.Municipalities.AsNoTracking().Where(m => scope.MunicipalityId == null || m.Id == scope.MunicipalityId).OrderBy(m => m.Name)
            .Select(m => new MunicipalityRow(m.Id, m.Code, m.Name, m.Region, m.Departments.Count(d => d.ClosedOn == null),
                db.Programs.Count(p => p.MunicipalityId == m.Id)))
            .ToListAsync(ct);

    public Task<Municipality?> FindAsync(AdminScope scope, int id, CancellationToken ct) =>
        scope.Covers(id) ? db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) : Task.FromResult<Municipality?>(null);

    /// <returns>The municipality's id, or null with the messages in <paramref name="errors"/>.</returns>
    public async Task<int?> SaveAsync(AdminScope scope, MunicipalityForm form, FormErrors errors, CancellationToken ct)
    {
        var creating = form.Id == 0;
        if (creating && !scope.IsServerAdministrator) { errors.Add("", "Новое муниципальное образование добавляет администратор портала."); return null; }
        var m = creating ? new Municipality() : scope.Covers(form.Id) ? await db.Municipalities.SingleOrDefaultAsync(x => x.Id == form.Id, ct) : null;
        if (m is null) { errors.Add("", "Муниципальное образование не найдено."); return null; }
        var before = MunicipalityForm.Fields(m);
        if (!form.ApplyTo(m, creating, errors)) return null;
        if (creating && await db.Municipalities.AnyAsync(x => x.Code == m.Code, ct))
        {
            errors.Add(nameof(form.Code), $"Код {m.Code} уже занят другим муниципальным образованием.");
            return null;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (creating) db.Municipalities.Add(m);
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow();
        db.AdminLog.AddRange(creating
            ? [AdminLog.Action(m.Id, AdminSubjects.Municipality, m.Id, m.Name, AdminSubjects.Created, m.Code, null, scope.UserName, now)]
            : AdminLog.Changes(m.Id, AdminSubjects.Municipality, m.Id, m.Name, before, MunicipalityForm.Fields(m), scope.UserName, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return m.Id;
    }
}
