using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ReportEntry;

public sealed record SaveOutcome(bool Saved, int Changes, IReadOnlyList<KeyValuePair<string, string>> Errors, IReadOnlyList<string> Conflicts)
{
    /// <summary>The form field each conflict is about (as <see cref="Errors"/> keys fields), in the order of <see cref="Conflicts"/>.</summary>
    public IReadOnlyList<string> ConflictFields { get; init; } = [];
    /// <summary>The changes the save made, or (a check) would make: the audit entries, old → new.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; init; } = [];
}

/// <summary>
/// Applies one posted report form: reads every value, checks rights and versions, and stores all the
/// changes with their audit entries in one transaction — or nothing at all when any field is invalid
/// or conflicts with another user's save.
/// </summary>
public sealed class ReportSaver(AppDbContext db, TimeProvider clock)
{
    /// <param name="reason">Why the values changed, for the journal (an uploaded file's name); none for the report page.</param>
    public async Task<SaveOutcome> SaveAsync(MunicipalProgram program, ReportingPeriod period, ReportForm form, ReportRights rights,
        string userName, CancellationToken ct, string? reason = null)
    {
        var (log, report) = await CollectAsync(program, period, form, rights, userName, reason, ct);
        if (log.Failed || log.Entries.Count == 0)
        {
            // Nothing to store: no empty report row is created for a save without changes.
            db.ChangeTracker.Clear();
            return Outcome(log, saved: !log.Failed);
        }
        return await StoreAsync(program, period, report, log, ct);
    }

    /// <summary>Every check of a save, nothing stored: the errors, conflicts and the changes the save would make.</summary>
    public async Task<SaveOutcome> CheckAsync(MunicipalProgram program, ReportingPeriod period, ReportForm form, ReportRights rights,
        string userName, CancellationToken ct)
    {
        var (log, _) = await CollectAsync(program, period, form, rights, userName, null, ct);
        db.ChangeTracker.Clear();
        return Outcome(log, saved: false);
    }

    private static SaveOutcome Outcome(ChangeLog log, bool saved) =>
        new(saved, saved ? log.Entries.Count : 0, log.Errors, log.Conflicts) { ConflictFields = log.ConflictFields, Entries = log.Entries };

    private async Task<(ChangeLog Log, ProgressReport Report)> CollectAsync(MunicipalProgram program, ReportingPeriod period, ReportForm form,
        ReportRights rights, string userName, string? reason, CancellationToken ct)
    {
        var log = new ChangeLog(program.Id, userName, clock.GetUtcNow()) { Reason = reason };
        var report = await db.Reports.Include(r => r.ActivityExecutions).Include(r => r.Weights)
            .SingleOrDefaultAsync(r => r.ProgramId == program.Id && r.Year == period.Year && r.Period == period.Kind, ct);
        if (report is null)
        {
            report = new ProgressReport { ProgramId = program.Id, Year = period.Year, Period = period.Kind };
            db.Reports.Add(report);
        }
        if (!rights.CanEditAnything)
            log.Error("", "Отчет сейчас нельзя изменять: он представлен на проверку или принят, либо у вас нет прав на его заполнение.");
        else
        {
            await ApplyIndicatorsAsync(program, period, form.Indicators, rights, log, ct);
            await ApplyFundingAsync(program, period, form.Funding, rights, log, ct);
            ApplyActivities(program, report, form.Activities, rights, log);
            if (rights.CanEditReportTexts && form.Texts.Posted) ApplyTexts(report, form, log);
            if (rights.CanEditReportTexts) ApplyWeights(program, report, form, log);
        }
        return (log, report);
    }

    private async Task<SaveOutcome> StoreAsync(MunicipalProgram program, ReportingPeriod period, ProgressReport report, ChangeLog log, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // Under the program's lock the status is the one no workflow step can change before this commits:
            // a report submitted since the page was opened is not changed behind the reviewer's back.
            await ProgramLock.TakeAsync(db, program.Id, ct);
            var seen = program.Reports.SingleOrDefault()?.Status ?? ReportStatus.Draft;
            var now = await db.Reports.Where(r => r.ProgramId == program.Id && r.Year == period.Year && r.Period == period.Kind)
                .Select(r => (ReportStatus?)r.Status).SingleOrDefaultAsync(ct) ?? ReportStatus.Draft;
            if (now != seen)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new SaveOutcome(false, 0, [], ["Пока вы заполняли отчет, его статус изменился. Ничего не сохранено: обновите страницу."]);
            }
            await db.SaveChangesAsync(ct); // a new report gets its id here
            foreach (var entry in log.Entries) entry.ReportId = report.Id;
            db.AuditEntries.AddRange(log.Entries);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome(log, saved: true);
        }
        catch (DbUpdateException e)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            // Only a lost version check is another user's doing; any other refusal of the database is about the values themselves.
            if (e is DbUpdateConcurrencyException)
                return new SaveOutcome(false, 0, [], ["Пока вы сохраняли, эти же данные сохранил другой пользователь. Ничего не сохранено: обновите страницу и повторите изменения."]);
            return new SaveOutcome(false, 0, [new("", "Данные не сохранены: база данных не принимает эти значения (например, отрицательная сумма или слишком большое число). Проверьте введенные значения.")], []);
        }
    }

    private async Task ApplyIndicatorsAsync(MunicipalProgram program, ReportingPeriod period, List<IndicatorRow> rows, ReportRights rights,
        ChangeLog log, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var indicators = program.Indicators.ToDictionary(i => i.Id);
        var ids = rows.Select(r => r.ValueId).ToList();
        var values = await db.IndicatorValues
            .Where(v => ids.Contains(v.Id) && v.Year == period.Year && v.Period == period.Kind && indicators.Keys.Contains(v.IndicatorId))
            .ToDictionaryAsync(v => v.Id, ct);
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            if (!values.TryGetValue(row.ValueId, out var value)) { log.Error($"Indicators[{k}].Actual", "Показатель не найден в этом отчете."); continue; }
            var indicator = indicators[value.IndicatorId];
            var actual = RuInput.Number(row.Actual);
            if (!actual.Ok) { log.Error($"Indicators[{k}].Actual", actual.Error!); continue; }
            var reason = log.Text(row.DeviationReason, ReportTextLimits.DeviationReason, $"Indicators[{k}].DeviationReason");
            if (value.Actual == actual.Value && value.NotMeasured == row.NotMeasured && value.DeviationReason == reason)
                continue;
            var name = AuditSubjects.NameOf(indicator.Code, indicator.Name);
            // The row is not on this user's form at all: the message goes to the top of the page.
            if (!rights.CanEditIndicator(indicator.ActivityId)) { log.Error("", $"Показатель {name}: этот показатель заполняет другой исполнитель."); continue; }
            if (row.Version != value.Version)
            {
                log.Conflict($"Показатель {name}", [(AuditField.Actual, AuditValue.Number(actual.Value), AuditValue.Number(value.Actual)),
                    (AuditField.DeviationReason, reason, value.DeviationReason)], $"Indicators[{k}].Actual");
                continue;
            }
            const string s = AuditSubjects.IndicatorValue;
            log.Track(s, value.Id, name, AuditField.Actual, AuditValue.Number(value.Actual), AuditValue.Number(actual.Value));
            log.Track(s, value.Id, name, AuditField.NotMeasured, AuditValue.Flag(value.NotMeasured), AuditValue.Flag(row.NotMeasured));
            log.Track(s, value.Id, name, AuditField.DeviationReason, value.DeviationReason, reason);
            (value.Actual, value.NotMeasured, value.DeviationReason) = (actual.Value, row.NotMeasured, reason);
            ExpectVersion(value, row.Version);
        }
    }

    private async Task ApplyFundingAsync(MunicipalProgram program, ReportingPeriod period, List<FundingRow> rows, ReportRights rights,
        ChangeLog log, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var activities = program.Activities.ToDictionary(a => a.Id);
        var lines = await db.FundingLines.Where(f => f.ProgramId == program.Id && f.Year == period.Year && f.Period == period.Kind)
            .ToDictionaryAsync(f => f.Id, ct);
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            var field = $"Funding[{k}].Actual";
            if (!lines.TryGetValue(row.LineId, out var line)) { log.Error(field, "Строка финансирования не найдена в этом отчете."); continue; }
            var actual = RuInput.Money(row.Actual);
            if (!actual.Ok) { log.Error(field, actual.Error!); continue; }
            if (line.Actual == actual.Value) continue;
            var activity = activities[line.ActivityId];
            var name = $"{AuditSubjects.NameOf(activity.Code, activity.Name)}, {program.Municipality!.BudgetNames.For(line.Source)}";
            if (!rights.CanEditActivity(line.ActivityId)) { log.Error("", $"Мероприятие {name}: это мероприятие заполняет другой исполнитель."); continue; }
            if (row.Version != line.Version)
            {
                log.Conflict($"Мероприятие {name}", [(AuditField.CashExecution, AuditValue.Number(actual.Value), AuditValue.Number(line.Actual))], field);
                continue;
            }
            log.Track(AuditSubjects.FundingLine, line.Id, name, AuditField.CashExecution, AuditValue.Number(line.Actual), AuditValue.Number(actual.Value));
            line.Actual = actual.Value;
            ExpectVersion(line, row.Version);
        }
    }

    private void ApplyActivities(MunicipalProgram program, ProgressReport report, List<ActivityRow> rows, ReportRights rights, ChangeLog log)
    {
        var activities = program.Activities.ToDictionary(a => a.Id);
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            if (!activities.TryGetValue(row.ActivityId, out var activity)) { log.Error($"Activities[{k}].Done", "Мероприятие не найдено в программе."); continue; }
            var date = RuInput.Date(row.ActualCompletion);
            if (!date.Ok) { log.Error($"Activities[{k}].ActualCompletion", date.Error!); continue; }
            bool? completed = row.Completed switch { "yes" => true, "no" => false, _ => null };
            var done = log.Text(row.Done, ReportTextLimits.ActivityText, $"Activities[{k}].Done");
            var notDone = log.Text(row.NotDoneReason, ReportTextLimits.ActivityText, $"Activities[{k}].NotDoneReason");
            var problems = log.Text(row.Problems, ReportTextLimits.ActivityText, $"Activities[{k}].Problems");
            var x = report.ActivityExecutions.FirstOrDefault(e => e.ActivityId == activity.Id);
            if ((x?.Completed, x?.ActualCompletion, x?.Done, x?.NotDoneReason, x?.Problems) == (completed, date.Value, done, notDone, problems))
                continue;
            var name = AuditSubjects.NameOf(activity.Code, activity.Name);
            if (!rights.CanEditActivity(activity.Id)) { log.Error("", $"Мероприятие {name}: это мероприятие заполняет другой исполнитель."); continue; }
            if (x is not null && row.Version != x.Version)
            {
                log.Conflict($"Мероприятие {name}", [(AuditField.Done, done, x.Done), (AuditField.Completed, AuditValue.Flag(completed), AuditValue.Flag(x.Completed))],
                    $"Activities[{k}].Completed");
                continue;
            }
            if (x is null)
            {
                x = new ReportActivityExecution { ActivityId = activity.Id };
                report.ActivityExecutions.Add(x);
            }
            else ExpectVersion(x, row.Version);
            TrackExecution(log, x, name, completed, date.Value, done, notDone, problems);
            (x.Completed, x.ActualCompletion, x.Done, x.NotDoneReason, x.Problems) = (completed, date.Value, done, notDone, problems);
        }
    }

    private static void TrackExecution(ChangeLog log, ReportActivityExecution x, string name, bool? completed, DateOnly? date,
        string? done, string? notDone, string? problems)
    {
        const string s = AuditSubjects.ActivityExecution;
        log.Track(s, x.ActivityId, name, AuditField.Completed, AuditValue.Flag(x.Completed), AuditValue.Flag(completed));
        log.Track(s, x.ActivityId, name, AuditField.ActualCompletion, AuditValue.Date(x.ActualCompletion), AuditValue.Date(date));
        log.Track(s, x.ActivityId, name, AuditField.Done, x.Done, done);
        log.Track(s, x.ActivityId, name, AuditField.NotDoneReason, x.NotDoneReason, notDone);
        log.Track(s, x.ActivityId, name, AuditField.Problems, x.Problems, problems);
    }

    private void ApplyTexts(ProgressReport report, ReportForm form, ChangeLog log)
    {
        var t = form.Texts;
        var next = ReportTextsMapper.Read(t, log);
        if (next is null) return;
        var current = ReportTextsMapper.Describe(report);
        var changed = ReportTextsMapper.Describe(next.Value.Apply(new ProgressReport()));
        if (current.SequenceEqual(changed)) return;
        if (report.Id != 0 && form.ReportVersion != report.Version)
        {
            log.Conflict("Сведения отчета", current.Zip(changed).Where(p => p.First != p.Second)
                .Select(p => (p.First.Field, p.Second.Value, p.First.Value)));
            return;
        }
        foreach (var (before, after) in current.Zip(changed))
            log.Track(AuditSubjects.Report, report.Id, "", before.Field, before.Value, after.Value);
        next.Value.Apply(report);
        if (report.Id != 0) ExpectVersion(report, form.ReportVersion);
    }

    private void ApplyWeights(MunicipalProgram program, ProgressReport report, ReportForm form, ChangeLog log)
    {
        var mode = report.WeightMode;
        var before = log.Entries.Count;
        if (!WeightsEditor.Apply(program, report, form, log) || report.Id == 0) return;
        if (form.ReportVersion != report.Version)
        {
            log.Entries.RemoveRange(before, log.Entries.Count - before);
            log.Conflict("Веса показателей", [(AuditField.WeightMode, AuditValue.Code(report.WeightMode), AuditValue.Code(mode))]);
            return;
        }
        // Weights live in their own rows: touching the report row makes the save conditional on its version.
        db.Entry(report).Property(r => r.WeightMode).IsModified = true;
        ExpectVersion(report, form.ReportVersion);
    }

    /// <summary>Makes the UPDATE conditional on the version the user saw (WHERE xmin = …).</summary>
    private void ExpectVersion<T>(T entity, uint version) where T : class =>
        db.Entry(entity).Property("Version").OriginalValue = version;
}
