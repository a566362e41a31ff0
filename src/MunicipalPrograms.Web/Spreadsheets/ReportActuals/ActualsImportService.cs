using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Spreadsheets.ReportActuals;

/// <summary>
/// The report's Excel round trip: the template of the report page's rows, and an upload checked cell by cell with the
/// report page's own rules and rights (the same <see cref="ReportSaver"/>), shown as a preview and applied all or
/// nothing in one audited transaction. A refused or previewed file is never stored.
/// </summary>
public sealed class ActualsImportService(ReportPageService pages, ReportSaver saver, TimeProvider clock)
{
    /// <summary>The name of what is uploaded, for the page: «Отчет за 2025 год · ALX-MP-04 «…»».</summary>
    public async Task<(ReportAccess Access, string? Caption)> CaptionAsync(int programId, ReportingPeriod period, UserScope user, CancellationToken ct)
    {
        var opened = await pages.OpenForEditAsync(programId, period, user, ct);
        return (opened.Access, opened.Program is { } p ? $"Отчет за {period.Caption()} · {p.RegistryCode} «{p.Name}»" : null);
    }

    public async Task<(ReportAccess Access, byte[]? Bytes, string? FileName)> TemplateAsync(int programId, ReportingPeriod period, UserScope user, CancellationToken ct)
    {
        var opened = await pages.OpenForEditAsync(programId, period, user, ct);
        if (opened.Access != ReportAccess.Allowed) return (opened.Access, null, null);
        var program = opened.Program!;
        var page = pages.Build(program, period, user, null);
        var stamp = new TemplateStamp(TemplateKinds.ReportActuals, program.Id, program.RegistryCode, period, program.Revision, clock.GetUtcNow());
        var bytes = ActualsTemplate.Build(page, stamp, clock.LocalTimeZone);
        return (ReportAccess.Allowed, bytes, FileName(program.RegistryCode, period));
    }

    /// <summary>Checks the file; with <paramref name="apply"/> also stores its changes when every check passes.</summary>
    public async Task<ImportResult> UploadAsync(int programId, ReportingPeriod period, UserScope user, byte[] file, string fileName, bool apply, CancellationToken ct)
    {
        var opened = await pages.OpenForEditAsync(programId, period, user, ct);
        if (opened.Access != ReportAccess.Allowed) return new ImportResult { Access = opened.Access };
        var program = opened.Program!;
        var gate = UploadGate.Open(file);
        if (gate.Refusal is not null) return new ImportResult { Refusal = gate.Refusal };
        using var workbook = gate.Workbook!;
        var (stamp, notOurs) = TemplateStamp.Read(workbook);
        if (stamp is null) return new ImportResult { Refusal = notOurs };
        if (stamp.Mismatch(TemplateKinds.ReportActuals, program.Id, program.RegistryCode, period) is { } mismatch) return new ImportResult { Refusal = mismatch };
        var reading = ActualsUpload.Read(workbook, stamp);
        if (reading.Refusal is not null) return new ImportResult { Refusal = reading.Refusal };
        if (reading.Problems.Count > 0) return new ImportResult { Problems = reading.Problems.Select(p => p.ToString()).ToList() };

        var outcome = apply
            ? await saver.SaveAsync(program, period, reading.Form, opened.Rights!, user.UserName, ct, $"Загружено из файла «{Path.GetFileName(fileName)}»")
            : await saver.CheckAsync(program, period, reading.Form, opened.Rights!, user.UserName, ct);
        return new ImportResult
        {
            Problems = outcome.Errors.Select(e => Locate(reading, e.Key, e.Value)).ToList(),
            Conflicts = outcome.Conflicts.Select((c, i) => Locate(reading, outcome.ConflictFields.ElementAtOrDefault(i) ?? "", c, conflict: true)).ToList(),
            Changes = outcome.Entries.Select(e => new ImportChange(e.SubjectName, AuditDisplay.FieldCaption(e.Field),
                AuditDisplay.Value(e.Field, e.OldValue), AuditDisplay.Value(e.Field, e.NewValue))).ToList(),
            Applied = outcome.Saved,
        };
    }

    /// <summary>A saver's message with the cell it is about: «Лист "Показатели", ячейка F12: …»; the row's first cell for a conflict.</summary>
    private static string Locate(ActualsReading reading, string field, string message, bool conflict = false)
    {
        if (!reading.Cells.TryGetValue(field, out var cell)) return message;
        return conflict ? $"Лист \"{cell.Sheet}\", ячейка {cell.Address}: изменено в портале после выгрузки шаблона. {message}"
            : new CellProblem(cell.Sheet, cell.Address, cell.Typed, message).ToString();
    }

    private static string FileName(string code, ReportingPeriod period) =>
        $"{code} Шаблон факта {period.Caption()}.xlsx".Replace('/', ' ');
}
