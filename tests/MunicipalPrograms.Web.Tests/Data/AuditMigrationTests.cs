using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Data.DemoData;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Data;

/// <summary>
/// The AuditFieldCodes migration turns the entries that earlier versions stored (screen captions, Russian
/// formats) into field codes and invariant values, and the journal shows them exactly as it showed the old ones.
/// </summary>
public sealed class AuditMigrationTests : IAsyncLifetime
{
    private const string BeforeCodes = "20261130073228_ProgressReports";
    private readonly string _database = TestDatabase.NewName("audit_migration");
    private AppDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await TestDatabase.RecreateAsync(_database);
        _db = TestDatabase.Context(_database);
        await _db.Database.MigrateAsync();
        await new DemoDataLoader(_db, NullLogger<DemoDataLoader>.Instance)
            .LoadAsync(Path.Combine(RepositoryPaths.Root, "src", "MunicipalPrograms.Web", "Data", "DemoData"));
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await TestDatabase.DropAsync(_database);
    }

    [Fact]
    public async Task Legacy_entries_become_codes_and_invariant_values_and_read_as_before()
    {
        var programId = await _db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
        var indicator = await _db.Indicators.Where(i => i.ProgramId == programId).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.ProgramId, i.Code, i.Name }).FirstAsync();
        var legacyName = $"Показатель {indicator.Code} «{indicator.Name}»";
        await _db.GetService<IMigrator>().MigrateAsync(BeforeCodes);

        // Exactly what the earlier code stored: RuInput.Show / ShowMoney numbers, «да»/«нет», ДД.ММ.ГГГГ, captions.
        (string Subject, string Name, string Field, string? Old, string? New)[] legacy =
        [
            ("IndicatorValue", legacyName, "Факт", "", "1234,5"),
            ("IndicatorValue", legacyName, "Не измерялось", "нет", "да"),
            ("FundingLine", "Мероприятие 01 «Связь», местный бюджет", "Кассовое исполнение", "100,00", "2500,50"),
            ("ActivityExecution", "Мероприятие 01 «Связь»", "Дата выполнения", null, "15.03.2025"),
            ("ActivityExecution", "Мероприятие 01 «Связь»", "Выполнено", "", "да"),
            ("Report", "Отчет за 2025 год", "Статус", "черновик", "представлен"),
            ("Report", "Отчет за 2025 год", "Срок представления", "15.03.2026", "01.04.2026"),
            ("Report", "Сведения отчета", "Веса показателей", "равные (1/N)", "заданные в отчете"),
            ("Report", legacyName, "Вес", "", "0,25"),
            ("Report", "Сведения отчета", "Целевые группы", "", "Молодежь: 120 из 1500; Пенсионеры: 12,5 из 40"),
            ("Report", "Сведения отчета", "Пояснительная информация", null, "Текст отчета"),
        ];
        foreach (var (subject, name, field, old, @new) in legacy)
            await _db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO audit_entries (program_id, subject, subject_id, subject_name, field, old_value, new_value, user_name, "at")
                VALUES ({indicator.ProgramId}, {subject}, 1, {name}, {field}, {old}, {@new}, 'legacy', now())
                """);

        await _db.Database.MigrateAsync();

        var rows = await _db.AuditEntries.AsNoTracking().Where(e => e.UserName == "legacy").OrderBy(e => e.Id).ToListAsync();
        rows.Select(e => (e.Subject, e.SubjectName, e.Field, e.OldValue, e.NewValue)).Should().Equal(
            ("IndicatorValue", $"{indicator.Code} «{indicator.Name}»", "actual", null, "1234.5"),
            ("IndicatorValue", $"{indicator.Code} «{indicator.Name}»", "not_measured", "false", "true"),
            ("FundingLine", "01 «Связь», местный бюджет", "cash_execution", "100", "2500.5"),
            ("ActivityExecution", "01 «Связь»", "actual_completion", null, "2025-03-15"),
            ("ActivityExecution", "01 «Связь»", "completed", null, "true"),
            ("Report", "", "status", "Draft", "Submitted"),
            ("Report", "", "deadline", "2026-03-15", "2026-04-01"),
            ("Report", "", "weight_mode", "Equal", "Explicit"),
            ("IndicatorWeight", $"{indicator.Code} «{indicator.Name}»", "weight", null, "0.25"),
            ("Report", "", "target_groups", null, rows[9].NewValue),
            ("Report", "", "narrative", null, "Текст отчета"));
        rows[8].SubjectId.Should().Be(indicator.Id, "an explicit weight now belongs to its indicator");
        AuditValue.ReadTargetGroups(rows[9].NewValue!).Should().Equal(
            new StoredTargetGroup("Молодежь", 120m, 1500m), new StoredTargetGroup("Пенсионеры", 12.5m, 40m));

        // The journal reads as before: captions and Russian values, empty values shown as nothing — the numbers now with
        // their thousands separated as everywhere else (issue 18): «1 234,5» for the stored «1234,5».
        var shown = rows.Select(e => (AuditDisplay.FieldCaption(e.Field), AuditDisplay.Value(e.Field, e.OldValue) ?? "", AuditDisplay.Value(e.Field, e.NewValue) ?? ""));
        shown.Should().Equal(legacy.Select(l => (l.Field, Grouped(l.Old ?? ""), Grouped(l.New ?? ""))));
    }

    /// <summary>The legacy numbers as shown now: «1234,5» → «1 234,5», «2500,50» → «2 500,50» (no-break space).</summary>
    private static string Grouped(string text) => text switch
    {
        "1234,5" => "1\u00A0234,5",
        "2500,50" => "2\u00A0500,50",
        "Молодежь: 120 из 1500; Пенсионеры: 12,5 из 40" => "Молодежь: 120 из 1\u00A0500; Пенсионеры: 12,5 из 40",
        _ => text,
    };
}
