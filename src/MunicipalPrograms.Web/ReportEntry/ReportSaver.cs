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

public sealed record SaveOutcome(bool Saved, int Changes, IReadOnlyList<KeyValuePair<string, string>> Errors, IReadOnlyList<string> Conflicts);

/// <summary>
/// Applies one posted report form: reads every value, checks rights and versions, and stores all the
/// changes with their audit entries in one transaction — or nothing at all when any field is invalid
/// or conflicts with another user's save.
/// </summary>
public sealed class ReportSaver(AppDbContext db, TimeProvider clock)
{
    public async Task<SaveOutcome> SaveAsync(MunicipalProgram program, ReportingPeriod period, ReportForm form, ReportRights rights,
        string userName, CancellationToken ct)
    {
        var log = new ChangeLog(program.Id, userName, clock.GetUtcNow());
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
        if (log.Failed)
        {
            db.ChangeTracker.Clear();
            return new SaveOutcome(false, 0, log.Errors, log.Conflicts);
        }
        return await StoreAsync(report, log, ct);
    }

    private async Task<SaveOutcome> StoreAsync(ProgressReport report, ChangeLog log, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct); // a new report gets its id here
            foreach (var entry in log.Entries) entry.ReportId = report.Id;
            db.AuditEntries.AddRange(log.Entries);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new SaveOutcome(true, log.Entries.Count, log.Errors, log.Conflicts);
        }
        catch (DbUpdateException e)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var message = e is DbUpdateConcurrencyException
                ? "Пока вы сохраняли, эти же данные сохранил другой пользователь. Ничего не сохранено: обновите страницу и повторите изменения."
                : "Данные не сохранены: они нарушают правила хранения (например, отрицательная сумма). Проверьте введенные значения.";
            return new SaveOutcome(false, 0, [], [message]);
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
            var reason = log.Text(row.DeviationReason, 2000, $"Indicators[{k}].DeviationReason");
            if (value.Actual == actual.Value && value.NotMeasured == row.NotMeasured && value.DeviationReason == reason)
                continue;
            var name = $"Показатель {indicator.Code} «{indicator.Name}»";
            // The row is not on this user's form at all: the message goes to the top of the page.
            if (!rights.CanEditIndicator(indicator.ActivityId)) { log.Error("", $"{name}: этот показатель заполняет другой исполнитель."); continue; }
            if (row.Version != value.Version)
            {
                log.Conflict(name, [(AuditFields.Actual, RuInput.Show(actual.Value), RuInput.Show(value.Actual)),
                    (AuditFields.DeviationReason, reason, value.DeviationReason)]);
                continue;
            }
            log.Track(AuditSubjects.IndicatorValue, value.Id, name, AuditFields.Actual, RuInput.Show(value.Actual), RuInput.Show(actual.Value));
            log.Track(AuditSubjects.IndicatorValue, value.Id, name, AuditFields.NotMeasured, AuditFields.Flag(value.NotMeasured), AuditFields.Flag(row.NotMeasured));
            log.Track(AuditSubjects.IndicatorValue, value.Id, name, AuditFields.DeviationReason, value.DeviationReason, reason);
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
            var name = $"Мероприятие {activity.Code} «{activity.Name}», {program.Municipality!.BudgetNames.For(line.Source)}";
            if (!rights.CanEditActivity(line.ActivityId)) { log.Error("", $"{name}: это мероприятие заполняет другой исполнитель."); continue; }
            if (row.Version != line.Version)
            {
                log.Conflict(name, [(AuditFields.FundingActual, RuInput.ShowMoney(actual.Value), RuInput.ShowMoney(line.Actual))]);
                continue;
            }
            log.Track(AuditSubjects.FundingLine, line.Id, name, AuditFields.FundingActual, RuInput.ShowMoney(line.Actual), RuInput.ShowMoney(actual.Value));
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
            var done = log.Text(row.Done, 4000, $"Activities[{k}].Done");
            var notDone = log.Text(row.NotDoneReason, 4000, $"Activities[{k}].NotDoneReason");
            var problems = log.Text(row.Problems, 4000, $"Activities[{k}].Problems");
            var x = report.ActivityExecutions.FirstOrDefault(e => e.ActivityId == activity.Id);
            if ((x?.Completed, x?.ActualCompletion, x?.Done, x?.NotDoneReason, x?.Problems) == (completed, date.Value, done, notDone, problems))
                continue;
            var name = $"Мероприятие {activity.Code} «{activity.Name}»";
            if (!rights.CanEditActivity(activity.Id)) { log.Error("", $"{name}: это мероприятие заполняет другой исполнитель."); continue; }
            if (x is not null && row.Version != x.Version)
            {
                log.Conflict(name, [(AuditFields.Done, done, x.Done), (AuditFields.Completed, AuditFields.YesNo(completed), AuditFields.YesNo(x.Completed))]);
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
        log.Track(s, x.ActivityId, name, AuditFields.Completed, AuditFields.YesNo(x.Completed), AuditFields.YesNo(completed));
        log.Track(s, x.ActivityId, name, AuditFields.ActualCompletion, x.ActualCompletion is { } d0 ? RuFormat.Date(d0) : null, date is { } d1 ? RuFormat.Date(d1) : null);
        log.Track(s, x.ActivityId, name, AuditFields.Done, x.Done, done);
        log.Track(s, x.ActivityId, name, AuditFields.NotDoneReason, x.NotDoneReason, notDone);
        log.Track(s, x.ActivityId, name, AuditFields.Problems, x.Problems, problems);
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
            log.Track(AuditSubjects.Report, report.Id, "Сведения отчета", before.Field, before.Value, after.Value);
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
            log.Conflict("Веса показателей", [(WeightsEditor.Field, WeightsEditor.Caption(report.WeightMode), WeightsEditor.Caption(mode))]);
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
