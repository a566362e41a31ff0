using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.ProgramEditing.Grids;
using MunicipalPrograms.Web.Spreadsheets;
using MunicipalPrograms.Web.Spreadsheets.ProgramPlan;

namespace MunicipalPrograms.Benchmarks;

/// <summary>
/// Issue 11 target: a plan template checked and applied in under 1 s. A plan of 84 activities × 6 years (504 funding
/// lines, one source) and 37 indicators × 6 years; the template is written once, two cells changed as Excel would, and
/// the benchmark reads it back as the upload does — the gate, the stamp, the changed cells, the funding grid form
/// rebuilt from the plan with the changes laid over, the grid's reader and the diff the draft service audits.
/// Without the database: the save itself is one row update and two audit rows.
/// </summary>
[MemoryDiagnoser]
public class PlanTemplateBenchmarks
{
    private byte[] _file = [];
    private GridContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var plan = new ProgramPlan { Passport = new PlanPassport { StartYear = 2021, EndYear = 2026 } };
        for (var a = 1; a <= 84; a++)
        {
            plan.Activities.Add(new PlanActivity { Key = a, Code = $"{a}", Name = $"Мероприятие {a}" });
            for (var y = 2021; y <= 2026; y++) plan.Funding.Add(new PlanFunding { ActivityKey = a, Year = y, Source = FundingSource.Local, Planned = 1000m * a + y });
        }
        for (var i = 1; i <= 37; i++)
            plan.Indicators.Add(new PlanIndicator { Key = 100 + i, Code = $"{i}", Name = $"Показатель {i}", Unit = "%",
                Plans = [.. Enumerable.Range(2021, 6).Select(y => new PlanValue { Year = y, Period = PeriodKind.Year, Planned = i + y - 2000 })] });
        var program = new MunicipalProgram { Id = 1, RegistryCode = "BENCH-01", Name = "Программа", Municipality = new Municipality { MoneyUnit = MoneyUnit.ThousandRubles } };
        var draft = new ProgramDraft { ProgramId = 1, Version = 7 };
        draft.Store(plan);
        _context = new GridContext(program, draft, plan, CanEdit: true, CanOpenAmendment: false);
        var stamp = new TemplateStamp(TemplateKinds.ProgramPlan, 1, "BENCH-01", null, 1, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var template = PlanTemplate.Build(_context, stamp, TimeZoneInfo.Utc, null);
        using var book = new XLWorkbook(new MemoryStream(template));
        book.Worksheet(PlanLayout.Funding.Sheet).Cell(PlanLayout.FirstDataRow + 40, PlanLayout.FirstValueColumn + 3).Value = 12345.67;
        book.Worksheet(PlanLayout.Indicators.Sheet).Cell(PlanLayout.FirstDataRow + 10, PlanLayout.FirstValueColumn + 5).Value = 65.5;
        using var output = new MemoryStream();
        book.SaveAs(output);
        _file = output.ToArray();
    }

    [Benchmark]
    public int ReadAndCheck500LineFundingTemplate()
    {
        using var book = UploadGate.Open(_file).Workbook!;
        var (stamp, _) = TemplateStamp.Read(book);
        var reading = PlanUpload.Read(book, stamp!);
        var plan = _context.Draft!.Plan();
        var form = FundingGridForm.From(plan, _context.Draft.Version, allSources: true);
        foreach (var change in reading.Changes.Where(c => c.Key.StartsWith(PlanLayout.Funding.KeyPrefix, StringComparison.Ordinal)))
            if (PlanLayout.Funding.Parse(change.Key) is var (a, s)) form.Cells[FundingGridForm.CellKey(a, s, change.Column.Year)] = change.Typed;
        var errors = FundingGridReader.Apply(plan, form, _context.Years);
        return errors.Count + PlanDiff.Between(_context.Draft.Plan(), plan).Changes.Count + reading.Changes.Count;
    }
}
