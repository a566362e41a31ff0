using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>A department in the list: what it is, whether it is closed, and what still depends on it.</summary>
public sealed record DepartmentRow(Department Department, string? MergedInto, int Programs, int Users);

/// <summary>
/// Departments of a municipality: create, edit, close, merge. A closed department keeps its history (reports,
/// редакции and the audit name it) but is chosen for nothing new; it can be closed only when no program that is being
/// prepared or is in force depends on it and no user belongs to it — the message says which. A merge moves everything
/// live (programs, co-executions, activities, funding lines, users) to the other department and closes this one.
/// Every change is one transaction and logged.
/// </summary>
public sealed class DepartmentAdministration(AppDbContext db, TimeProvider clock)
{
    public const int ReasonMaxLength = 500;
    private static readonly ProgramStatus[] Live = [ProgramStatus.Draft, ProgramStatus.Approved, ProgramStatus.InForce];

    public async Task<IReadOnlyList<DepartmentRow>> ListAsync(int municipalityId, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().Where(d => d.MunicipalityId == municipalityId).OrderBy(d => d.ClosedOn != null).ThenBy(d => d.Name).ToListAsync(ct);
        var programs = await db.Programs.Where(p => p.MunicipalityId == municipalityId && Live.Contains(p.Status))
            .GroupBy(p => p.ResponsibleExecutorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var users = await db.Users.Where(u => u.DepartmentId != null && departments.Select(d => d.Id).Contains(u.DepartmentId.Value))
            .GroupBy(u => u.DepartmentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var names = departments.ToDictionary(d => d.Id, d => d.Name);
        return departments.Select(d => new DepartmentRow(d, d.MergedIntoId is { } m ? names.GetValueOrDefault(m) : null,
            programs.GetValueOrDefault(d.Id), users.GetValueOrDefault(d.Id))).ToList();
    }

    /// <returns>The department's id, or null with the messages in <paramref name="errors"/>.</returns>
    public async Task<int?> SaveAsync(int municipalityId, DepartmentForm form, string userName, FormErrors errors, CancellationToken ct)
    {
        var department = form.Id == 0 ? new Department { MunicipalityId = municipalityId }
            : await db.Departments.SingleOrDefaultAsync(d => d.Id == form.Id && d.MunicipalityId == municipalityId, ct);
        if (department is null) { errors.Add("", "Подразделение не найдено."); return null; }
        var before = DepartmentForm.Fields(department);
        if (!form.ApplyTo(department, errors)) return null;
        if (await db.Departments.AnyAsync(d => d.MunicipalityId == municipalityId && d.Code == department.Code && d.Id != department.Id, ct))
        {
            errors.Add(nameof(form.Code), $"Код {department.Code} уже есть у другого подразделения этого муниципального образования.");
            return null;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (form.Id == 0) db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow();
        db.AdminLog.AddRange(form.Id == 0
            ? [AdminLog.Action(municipalityId, AdminSubjects.Department, department.Id, department.Name, AdminSubjects.Created, department.Code, null, userName, now)]
            : AdminLog.Changes(municipalityId, AdminSubjects.Department, department.Id, department.Name, before, DepartmentForm.Fields(department), userName, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return department.Id;
    }

    /// <returns>Null when closed, else the Russian reason it cannot be.</returns>
    public async Task<string?> CloseAsync(int municipalityId, int id, string? reason, string userName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Укажите основание закрытия (например, реквизиты распоряжения).";
        if (reason.Trim().Length > ReasonMaxLength) return $"Слишком длинное основание: не более {ReasonMaxLength} символов (сейчас {reason.Trim().Length}).";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == id && d.MunicipalityId == municipalityId, ct);
        if (department is null) return "Подразделение не найдено.";
        if (department.IsClosed) return "Подразделение уже закрыто.";
        if (await DependantsAsync(department, ct) is { } dependants) return $"Подразделение нельзя закрыть: {dependants}.";
        department.ClosedOn = clock.Today();
        db.AdminLog.Add(AdminLog.Action(municipalityId, AdminSubjects.Department, id, department.Name, AdminSubjects.Closed,
            Domain.Audit.AuditValue.Date(department.ClosedOn), reason.Trim(), userName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>What still depends on a department, in Russian («ответственный исполнитель программ KZH-MP-01; пользователи: kozh.admin»), or null.</summary>
    private async Task<string?> DependantsAsync(Department d, CancellationToken ct)
    {
        var live = db.Programs.Where(p => Live.Contains(p.Status));
        var responsible = await live.Where(p => p.ResponsibleExecutorId == d.Id).Select(p => p.RegistryCode).ToListAsync(ct);
        var executing = await live.Where(p => p.CoExecutors.Any(c => c.DepartmentId == d.Id)
                || p.Activities.Any(a => a.Executors.Any(e => e.DepartmentId == d.Id)))
            .Select(p => p.RegistryCode).ToListAsync(ct);
        var users = await db.Users.Where(u => u.DepartmentId == d.Id).Select(u => u.UserName!).ToListAsync(ct);
        var parts = new List<string>();
        if (responsible.Count > 0) parts.Add($"оно ответственный исполнитель программ {string.Join(", ", responsible)} — сначала передайте их другому подразделению");
        if (executing.Count > 0) parts.Add($"оно исполнитель мероприятий или соисполнитель программ {string.Join(", ", executing.Except(responsible))}");
        if (users.Count > 0) parts.Add($"к нему относятся пользователи {string.Join(", ", users)} — переведите их в другое подразделение");
        return parts.Count == 0 ? null : string.Join("; ", parts) + " (или слейте его с другим подразделением)";
    }

    /// <returns>Null when merged, else the Russian reason it cannot be.</returns>
    public async Task<string?> MergeAsync(int municipalityId, int id, int? intoId, string userName, CancellationToken ct)
    {
        if (intoId is null || intoId == id) return "Выберите подразделение, с которым слить это.";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var from = await db.Departments.SingleOrDefaultAsync(d => d.Id == id && d.MunicipalityId == municipalityId, ct);
        var into = await db.Departments.SingleOrDefaultAsync(d => d.Id == intoId && d.MunicipalityId == municipalityId, ct);
        if (from is null || into is null) return "Подразделение не найдено.";
        if (from.IsClosed || into.IsClosed) return "Закрытое подразделение не участвует в слиянии.";
        var drafts = (await db.ProgramDrafts.AsNoTracking().Where(d => db.Programs.Any(p => p.Id == d.ProgramId && p.MunicipalityId == municipalityId))
            .Select(d => new { d.ProgramId, d.PlanJson }).ToListAsync(ct)).Where(d => Mentions(ProgramPlanJson.Read(d.PlanJson), id)).Select(d => d.ProgramId).ToList();
        if (drafts.Count > 0)
        {
            var codes = await db.Programs.Where(p => drafts.Contains(p.Id)).Select(p => p.RegistryCode).ToListAsync(ct);
            return $"Подразделение упоминается в открытых проектах программ {string.Join(", ", codes)}: утвердите или измените их, затем повторите слияние.";
        }
        var doubled = await db.FundingLines.Where(f => f.ExecutorId == id && db.FundingLines.Any(o => o.ExecutorId == into.Id
                && o.ActivityId == f.ActivityId && o.Year == f.Year && o.Period == f.Period && o.Source == f.Source))
            .Select(f => db.Activities.Where(a => a.Id == f.ActivityId).Select(a => a.Code).First()).Distinct().ToListAsync(ct);
        if (doubled.Count > 0)
            return $"Финансирование мероприятий {string.Join(", ", doubled)} запланировано отдельно для обоих подразделений: объедините строки в проекте изменений программы, затем повторите слияние.";
        await MoveReferencesAsync(id, into.Id, ct);
        (from.ClosedOn, from.MergedIntoId) = (clock.Today(), into.Id);
        db.AdminLog.Add(AdminLog.Action(municipalityId, AdminSubjects.Department, id, from.Name, AdminSubjects.MergedInto, into.Name, null, userName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    private static bool Mentions(ProgramPlan plan, int department) =>
        plan.Passport.ResponsibleExecutorId == department || plan.Passport.CoExecutorIds.Contains(department)
        || plan.Subprograms.Any(s => s.ResponsibleExecutorId == department) || plan.Activities.Any(a => a.ExecutorIds.Contains(department))
        || plan.Funding.Any(f => f.ExecutorId == department);

    /// <summary>Everything live that names the department now names the other one; where both were named, one row stays.</summary>
    private async Task MoveReferencesAsync(int from, int into, CancellationToken ct)
    {
        await db.Programs.Where(p => p.ResponsibleExecutorId == from).ExecuteUpdateAsync(s => s.SetProperty(p => p.ResponsibleExecutorId, into), ct);
        await db.Subprograms.Where(p => p.ResponsibleExecutorId == from).ExecuteUpdateAsync(s => s.SetProperty(p => p.ResponsibleExecutorId, into), ct);
        await db.Set<Domain.Programs.ProgramCoExecutor>().Where(c => c.DepartmentId == from
            && db.Set<Domain.Programs.ProgramCoExecutor>().Any(o => o.ProgramId == c.ProgramId && o.DepartmentId == into)).ExecuteDeleteAsync(ct);
        await db.Set<Domain.Programs.ProgramCoExecutor>().Where(c => c.DepartmentId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.DepartmentId, into), ct);
        await db.Set<Domain.Programs.ActivityExecutor>().Where(e => e.DepartmentId == from
            && db.Set<Domain.Programs.ActivityExecutor>().Any(o => o.ActivityId == e.ActivityId && o.DepartmentId == into)).ExecuteDeleteAsync(ct);
        await db.Set<Domain.Programs.ActivityExecutor>().Where(e => e.DepartmentId == from).ExecuteUpdateAsync(s => s.SetProperty(e => e.DepartmentId, into), ct);
        await db.FundingLines.Where(f => f.ExecutorId == from).ExecuteUpdateAsync(s => s.SetProperty(f => f.ExecutorId, into), ct);
        await db.Users.Where(u => u.DepartmentId == from).ExecuteUpdateAsync(s => s.SetProperty(u => u.DepartmentId, into), ct);
    }
}
