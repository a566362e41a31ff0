using System.Globalization;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ProgramEditing;
using MunicipalPrograms.Web.ProgramEditing.Grids;
using L = MunicipalPrograms.Web.Spreadsheets.ProgramPlan.PlanLayout;

namespace MunicipalPrograms.Web.Spreadsheets.ProgramPlan;

/// <summary>
/// The draft plan's Excel round trip on the grids' own save path: the changed cells of the file are laid over the grid
/// forms built from the draft as it is now, read by the grids' readers and saved by <see cref="ProgramDraftService"/>
/// under the draft's version — so the rules, the co-executor's rights, the audit and the concurrency are the grids'.
/// A cell the user changed that was also changed in the draft since the download is a conflict: nothing is applied.
/// </summary>
public sealed class PlanImportService(PlanGridService grids, ProgramDraftService drafts, TimeProvider clock)
{
    public const string NoDraft = "У программы нет открытого проекта изменений: утвержденная редакция не изменяется. "
        + "Откройте проект изменений, скачайте его шаблон и загрузите его.";

    public Task<GridContext?> ContextAsync(int programId, UserScope user, CancellationToken ct) => grids.LoadAsync(programId, user, ct);

    /// <summary>The user may change something in the open draft (all of it, or a co-executor its own rows).</summary>
    public static bool MayUpload(GridContext c) => c.Plan is not null && c.Draft is not null && (c.CanEdit || c.Rights.CanEditAnything);

    public (byte[] Bytes, string FileName) Template(GridContext c, int? interimYear)
    {
        var stamp = new TemplateStamp(TemplateKinds.ProgramPlan, c.Program.Id, c.Program.RegistryCode, null, c.Draft!.BaseVersionNumber, clock.GetUtcNow());
        return (PlanTemplate.Build(c, stamp, clock.LocalTimeZone, interimYear), $"{c.Program.RegistryCode} Шаблон плана.xlsx".Replace('/', ' '));
    }

    /// <summary>Checks the file against the draft; with <paramref name="apply"/> also saves it when every check passes.</summary>
    public async Task<ImportResult> UploadAsync(GridContext c, UserScope user, byte[] file, string fileName, bool apply, CancellationToken ct)
    {
        if (!MayUpload(c)) return new ImportResult { Refusal = c.Draft is null ? NoDraft : "Проект программы сейчас не изменяется: он направлен на согласование или у вас нет прав на его изменение." };
        var gate = UploadGate.Open(file);
        if (gate.Refusal is not null) return new ImportResult { Refusal = gate.Refusal };
        using var workbook = gate.Workbook!;
        var (stamp, notOurs) = TemplateStamp.Read(workbook);
        if (stamp is null) return new ImportResult { Refusal = notOurs };
        if (stamp.Mismatch(TemplateKinds.ProgramPlan, c.Program.Id, c.Program.RegistryCode, null) is { } mismatch) return new ImportResult { Refusal = mismatch };
        var reading = PlanUpload.Read(workbook, stamp);
        if (reading.Refusal is not null) return new ImportResult { Refusal = reading.Refusal };
        if (reading.Problems.Count > 0) return new ImportResult { Problems = [.. reading.Problems.Select(p => p.ToString())] };

        var plan = c.Plan!;
        var cells = new Dictionary<string, CellRef>(StringComparer.Ordinal);
        var problems = new List<string>();
        var conflicts = new List<string>();
        var indicators = IndicatorGridForm.From(plan, c.Draft!.Version, reading.Changes.FirstOrDefault(x => x.Column.Period != PeriodKind.Year)?.Column.Year);
        var funding = FundingGridForm.From(plan, c.Draft.Version, allSources: true);
        foreach (var change in reading.Changes)
        {
            var (field, current, allowed) = Target(change, plan, c.Rights, indicators, funding);
            if (field is null) { problems.Add(Problem(change.Cell, "этой строки уже нет в проекте (ее исключили после выгрузки шаблона). Скачайте шаблон заново.")); continue; }
            cells[field] = change.Cell;
            if (!allowed) problems.Add(Problem(change.Cell, change.Key.StartsWith(L.Funding.KeyPrefix, StringComparison.Ordinal)
                ? "финансирование этого мероприятия изменяют ответственный исполнитель и исполнители мероприятия."
                : "плановые значения этого показателя изменяют ответственный исполнитель и исполнители мероприятия, к которому он привязан."));
            else if (AuditValue.Number(current) != change.Original)
                conflicts.Add($"Лист \"{change.Cell.Sheet}\", ячейка {change.Cell.Address}: изменено в проекте после выгрузки шаблона — "
                    + $"было «{Show(change.Original)}», в проекте теперь «{RuInput.Show(current)}», в файле «{change.Typed}».");
        }
        if (problems.Count > 0 || conflicts.Count > 0) return new ImportResult { Problems = problems, Conflicts = conflicts };

        var errors = new List<KeyValuePair<string, string>>();
        if (reading.Changes.Any(x => x.Key.StartsWith(L.Indicators.KeyPrefix, StringComparison.Ordinal)))
            errors.AddRange(IndicatorGridReader.Apply(plan, indicators, c.Years));
        if (reading.Changes.Any(x => x.Key.StartsWith(L.Funding.KeyPrefix, StringComparison.Ordinal)))
            errors.AddRange(FundingGridReader.Apply(plan, funding, c.Years));
        if (errors.Count > 0) return new ImportResult { Problems = [.. errors.Select(e => Locate(cells, e.Key, e.Value))] };
        if (reading.Changes.Count == 0) return new ImportResult();

        var saved = await drafts.SaveAsync(c.Program.Id, c.Draft.Version, plan, user, ct, $"Загружено из файла «{Path.GetFileName(fileName)}»", checkOnly: !apply);
        if (!saved.Done) return new ImportResult { Problems = [.. saved.Errors.Select(e => Locate(cells, e.Key, e.Value))] };
        var names = c.Program.Municipality!.BudgetNames;
        return new ImportResult { Changes = [.. saved.Changes.Select(x => Change(x, names))], Applied = apply };
    }

    /// <summary>The grid form's field the cell goes to (set to the typed text), the draft's current value, and whether this user may change it.</summary>
    private static (string? Field, decimal? Current, bool Allowed) Target(PlanCellChange change, Domain.Plans.ProgramPlan plan, DraftRights rights,
        IndicatorGridForm indicators, FundingGridForm funding)
    {
        var (year, period) = (change.Column.Year, change.Column.Period);
        if (change.Key.StartsWith(L.Indicators.KeyPrefix, StringComparison.Ordinal))
        {
            var key = int.Parse(change.Key[L.Indicators.KeyPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture);
            if (indicators.Rows.FirstOrDefault(r => r.Key == key) is not { } row) return (null, null, false);
            var current = plan.Indicators.Single(i => i.Key == key).PlanFor(new ReportingPeriod(year, period))?.Planned;
            if (period == PeriodKind.Year) row.Plan[year] = change.Typed;
            else row.Interim[period] = change.Typed;
            var field = period == PeriodKind.Year ? $"{row.Prefix}.Plan[{year}]" : $"{row.Prefix}.Interim[{period}]";
            return (field, current, rights.CanEditIndicator(key));
        }
        if (L.Funding.Parse(change.Key) is not var (activity, source) || plan.Activities.All(a => a.Key != activity)) return (null, null, false);
        var cell = FundingGridForm.CellKey(activity, source, year);
        var now = plan.Funding.FirstOrDefault(f => FundingGridForm.IsGridLine(f) && f.ActivityKey == activity && f.Source == source && f.Year == year)?.Planned;
        funding.Cells[cell] = change.Typed;
        return ($"Cells[{cell}]", now, rights.CanEditFunding(activity));
    }

    /// <summary>A grid's message with the cell it is about; a range's upper bound (not in the template) on its lower bound's cell.</summary>
    private static string Locate(Dictionary<string, CellRef> cells, string field, string message)
    {
        var cell = cells.GetValueOrDefault(field) ?? cells.GetValueOrDefault(field.Replace(".Upper[", ".Plan[", StringComparison.Ordinal)
            .Replace(".InterimUpper[", ".Interim[", StringComparison.Ordinal));
        return cell is null ? message : new CellProblem(cell.Sheet, cell.Address, cell.Typed, message).ToString();
    }

    private static string Problem(CellRef cell, string message) => new CellProblem(cell.Sheet, cell.Address, cell.Typed, message).ToString();

    private static string Show(string? invariant) => RuInput.Show(AuditValue.ReadNumber(invariant ?? ""));

    private static ImportChange Change(PlanChange c, Domain.Municipalities.BudgetNames names)
    {
        var source = c.Area == PlanArea.Funding && c.Field is { } f && f.StartsWith("funding:", StringComparison.Ordinal)
            && Enum.TryParse<FundingSource>(f["funding:".Length..], out var s) ? ", " + names.For(s) : "";
        var field = (c.Area == PlanArea.Funding ? "Финансирование" : "Плановое значение") + source + ", " + PlanCaptions.Period(c.Period);
        return new ImportChange(c.Item, field, c.Before is null ? null : Show(c.Before), c.After is null ? null : Show(c.After));
    }
}
