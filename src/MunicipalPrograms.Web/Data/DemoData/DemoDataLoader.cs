using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.ProgramEditing;

namespace MunicipalPrograms.Web.Data.DemoData;

/// <summary>
/// Loads the demo programs transcribed from the source documents (one JSON file each).
/// Idempotent: a program already present (municipality code + registry code) is left alone.
/// </summary>
public sealed class DemoDataLoader(AppDbContext db, ILogger<DemoDataLoader> logger)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Data", "DemoData");

    public static IReadOnlyList<DemoDocument> ReadAll(string folder) =>
        Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal)
            .Select(ReadFile).ToList();

    public static DemoDocument ReadFile(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<DemoDocument>(File.ReadAllText(path), JsonOptions)
                   ?? throw new InvalidDataException("empty document");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Demo data file {Path.GetFileName(path)} is malformed: {e.Message}", e);
        }
    }

    /// <returns>How many programs were added.</returns>
    public async Task<int> LoadAsync(string folder, CancellationToken ct = default)
    {
        var added = 0;
        foreach (var document in ReadAll(folder))
        {
            if (await ExistsAsync(document, ct)) continue;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await new DemoProgramImport(db, document).RunAsync(ct);
            await RecordVersionAsync(document, ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            logger.LogInformation("Demo program {RegistryCode} of {Municipality} loaded", document.Program.RegistryCode, document.Municipality.Code);
            added++;
        }
        return added;
    }

    /// <summary>
    /// A demo program is the редакция its document is in (its revision), approved by the latest act the document cites:
    /// the earlier редакции are known only as the amendment records the annual forms print.
    /// </summary>
    private async Task RecordVersionAsync(DemoDocument d, CancellationToken ct)
    {
        var id = await db.Programs.Where(p => p.RegistryCode == d.Program.RegistryCode && p.Municipality!.Code == d.Municipality.Code)
            .Select(p => p.Id).SingleAsync(ct);
        db.ChangeTracker.Clear();
        var program = (await ProgramGraph.LoadTrackedAsync(db, id, ct))!;
        var latest = await db.Amendments.Where(a => a.ProgramId == id).OrderByDescending(a => a.Revision).FirstOrDefaultAsync(ct);
        var act = latest?.Act ?? program.ApprovingAct;
        var from = act.Date ?? new DateOnly(program.StartYear, 1, 1);
        var status = program.Status;
        await ProgramVersioning.RecordAsync(db, program, new ApprovalAct(act, from, latest?.Summary), "demo", new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            ct, number: Math.Max(1, program.Revision));
        program.Status = status;
        await db.SaveChangesAsync(ct);
        await db.Reports.Where(r => r.ProgramId == id && r.Status == ReportStatus.Accepted)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PlanVersionNumber, program.Revision), ct);
    }

    private Task<bool> ExistsAsync(DemoDocument d, CancellationToken ct) =>
        db.Programs.AnyAsync(p => p.RegistryCode == d.Program.RegistryCode && p.Municipality!.Code == d.Municipality.Code, ct);
}
