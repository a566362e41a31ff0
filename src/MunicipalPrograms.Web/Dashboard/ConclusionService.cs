using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Changes;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Dashboard;

/// <summary>What the conclusion form posts: the text, the decision's code and the version the page was opened with (0: none yet).</summary>
public sealed record ConclusionInput(string? Text, string? Decision, uint Version);

/// <summary>
/// The outcome of saving a conclusion: not found (404), forbidden (403), saved, or refused with Russian messages by field
/// (<see cref="ConclusionForm.TextField"/>, <see cref="ConclusionForm.DecisionField"/>, or "" for the whole form).
/// </summary>
public sealed record ConclusionOutcome(ReportAccess Access, bool Done, IReadOnlyDictionary<string, string> Errors)
{
    public static ConclusionOutcome Denied(ReportAccess access) => new(access, false, new Dictionary<string, string>());
    public static ConclusionOutcome Refused(string field, string message) => new(ReportAccess.Allowed, false, new Dictionary<string, string> { [field] = message });
}

/// <summary>The names of the conclusion form's fields, shared by the view, the controller and the service's messages.</summary>
public static class ConclusionForm
{
    public const string TextField = "Text";
    public const string DecisionField = "Decision";
    public const string Conflict = "";
}

/// <summary>
/// The finance department's conclusion and proposed decision on a program for a campaign (Procedure 4.3–4.5, 4.9):
/// saved in one transaction under the program's lock with one audit entry per changed field (codes and invariant
/// values, ADR 0007), at the version the page was opened with.
/// </summary>
public sealed class ConclusionService(AppDbContext db, TimeProvider clock, ChangeWatch watch)
{
    /// <summary>The conclusion is the finance department's (4.9): its users only, not the administrators.</summary>
    public static bool MayConclude(UserScope user) => user.Role == Identity.Roles.Finance;

    public Task<ProgramConclusion?> ForAsync(int programId, ReportingPeriod period, CancellationToken ct) =>
        db.ProgramConclusions.AsNoTracking().SingleOrDefaultAsync(c => c.ProgramId == programId && c.Year == period.Year && c.Period == period.Kind, ct);

    /// <summary>
    /// The campaign's conclusions by program, in one query (the index on year, period, program); kept while nothing watched
    /// changes (ADR 0034), so the dictionary is shared: never change it.
    /// </summary>
    public Task<IReadOnlyDictionary<int, ProgramConclusion>> ForPeriodAsync(ReportingPeriod period, CancellationToken ct) =>
        watch.KeptAsync<IReadOnlyDictionary<int, ProgramConclusion>>("conclusions", period, async () =>
            await db.ProgramConclusions.AsNoTracking().Where(c => c.Year == period.Year && c.Period == period.Kind)
                .ToDictionaryAsync(c => c.ProgramId, ct), d => d.Count);

    public async Task<ConclusionOutcome> SaveAsync(int programId, ReportingPeriod period, UserScope user, ConclusionInput input, CancellationToken ct)
    {
        if (!await db.Programs.Visible(user).AnyAsync(p => p.Id == programId, ct)) return ConclusionOutcome.Denied(ReportAccess.NotFound);
        if (!MayConclude(user)) return ConclusionOutcome.Denied(ReportAccess.Forbidden);
        var errors = Check(input, out var text, out var decision);
        if (errors.Count > 0) return new ConclusionOutcome(ReportAccess.Allowed, false, errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ProgramLock.TakeAsync(db, programId, ct);
        var stored = await db.ProgramConclusions.SingleOrDefaultAsync(c => c.ProgramId == programId && c.Year == period.Year && c.Period == period.Kind, ct);
        // The page was opened on another state than the stored one: someone saved in between.
        if ((stored?.Version ?? 0) != input.Version) return Stale();
        var name = await db.Programs.Where(p => p.Id == programId).Select(p => AuditSubjects.NameOf(p.RegistryCode, p.Name)).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var conclusion = stored ?? db.ProgramConclusions.Add(new ProgramConclusion { ProgramId = programId, Year = period.Year, Period = period.Kind }).Entity;
        var changes = new List<(string Field, string? Old, string New)>();
        if (stored?.Text != text) changes.Add((AuditField.ConclusionText, stored?.Text, text!));
        if (stored?.Decision != decision) changes.Add((AuditField.Decision, stored is null ? null : AuditValue.Code(stored.Decision), AuditValue.Code(decision)));
        if (changes.Count == 0) return new ConclusionOutcome(ReportAccess.Allowed, true, new Dictionary<string, string>());
        (conclusion.Text, conclusion.Decision, conclusion.AuthorUserName, conclusion.UpdatedAt) = (text!, decision, user.UserName, now);
        return await CommitAsync(async () =>
        {
            await db.SaveChangesAsync(ct); // gives a new conclusion its id for the audit entries
            foreach (var (field, old, value) in changes)
                db.AuditEntries.Add(new AuditEntry
                {
                    ProgramId = programId, Subject = AuditSubjects.Conclusion, SubjectId = conclusion.Id, SubjectName = TextLength.Cut(name, 500),
                    Field = field, OldValue = old, NewValue = value, UserName = user.UserName, At = now,
                });
        }, ct);
    }

    /// <summary>The text is required and bounded; the decision must be one of the four codes.</summary>
    public static Dictionary<string, string> Check(ConclusionInput input, out string? text, out ProgramDecision decision)
    {
        var errors = new Dictionary<string, string>();
        text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim().Replace("\r\n", "\n");
        if (text is null) errors[ConclusionForm.TextField] = "Напишите текст заключения.";
        else if (text.Length > ProgramConclusion.TextMaxLength) errors[ConclusionForm.TextField] = ReportTextLimits.TooLong(ProgramConclusion.TextMaxLength, text.Length);
        // Only the names: Enum.TryParse would also take "1" or "Continue, Amend".
        decision = default;
        if (input.Decision is not { } code || !Enum.GetNames<ProgramDecision>().Contains(code) || !Enum.TryParse(code, out decision))
            errors[ConclusionForm.DecisionField] = "Выберите предлагаемое решение из списка.";
        return errors;
    }

    private static ConclusionOutcome Stale() => ConclusionOutcome.Refused(ConclusionForm.Conflict,
        "Заключение только что сохранил другой пользователь. Ваш текст ниже не сохранен: сравните его с сохраненным и сохраните снова.");

    private async Task<ConclusionOutcome> CommitAsync(Func<Task> write, CancellationToken ct)
    {
        try
        {
            await write();
            await db.SaveChangesAsync(ct);
            await db.Database.CommitTransactionAsync(ct);
            return new ConclusionOutcome(ReportAccess.Allowed, true, new Dictionary<string, string>());
        }
        catch (DbUpdateException)
        {
            await db.Database.RollbackTransactionAsync(ct);
            db.ChangeTracker.Clear();
            return Stale();
        }
    }
}
