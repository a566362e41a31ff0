using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.ReportForms;
using MunicipalPrograms.Domain.ReportForms.Builders;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Controllers;
using MunicipalPrograms.Web.ReportForms;

namespace MunicipalPrograms.Benchmarks;

/// <summary>
/// Issue 5 targets: one program's annual report (Appendix 9, 37 indicators like Алексин) as XLSX
/// under 150 ms and as PDF under 1 s with a warm browser; the consolidated report of 500 programs
/// as XLSX under 3 s and PDF under 15 s. Each benchmark includes building the report model.
/// The renderers run in a host with the portal's views but no database (data generated in memory).
/// </summary>
[MemoryDiagnoser]
public class ReportFormsBenchmarks
{
    private WebApplication _host = null!;
    private HtmlReportRenderer _html = null!;
    private XlsxReportRenderer _xlsx = null!;
    private PdfReportRenderer _pdf = null!;
    private ProgramFormInput _annual = null!;
    private List<ConsolidatedEntry> _consolidated = [];
    private static readonly ReportingPeriod Period = ReportingPeriod.AnnualOf(2024);

    [GlobalSetup]
    public async Task Setup()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddControllersWithViews().AddApplicationPart(typeof(ReportFormsController).Assembly);
        builder.Services.AddReportForms(builder.Configuration);
        _host = builder.Build();
        _html = _host.Services.GetRequiredService<HtmlReportRenderer>();
        _xlsx = _host.Services.GetRequiredService<XlsxReportRenderer>();
        _pdf = _host.Services.GetRequiredService<PdfReportRenderer>();
        var random = new Random(20250315);
        _annual = Generate(random, 0, 37, 9);
        _consolidated = Enumerable.Range(1, 500).Select(i => Generate(random, i, 20, 6))
            .Select(x => new ConsolidatedEntry(x.Program, x.Report, x.Evaluation!)).ToList();
        await _pdf.RenderAsync(AnnualReportForm.Build(_annual)); // warm the browser up
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _host.DisposeAsync();

    [Benchmark] public Task<string> AnnualReportHtml() => _html.RenderAsync(AnnualReportForm.Build(_annual));
    [Benchmark] public byte[] AnnualReportXlsx() => _xlsx.Render(AnnualReportForm.Build(_annual));
    [Benchmark] public Task<byte[]> AnnualReportPdf() => _pdf.RenderAsync(AnnualReportForm.Build(_annual));
    [Benchmark] public byte[] Consolidated500Xlsx() => _xlsx.Render(ConsolidatedReportForm.Build(Period, _consolidated));
    [Benchmark] public Task<byte[]> Consolidated500Pdf() => _pdf.RenderAsync(ConsolidatedReportForm.Build(Period, _consolidated));

    private static ProgramFormInput Generate(Random random, int n, int indicators, int activities)
    {
        var municipality = new Municipality { Id = n % 7, Name = $"Муниципальное образование № {n % 7 + 1}", MoneyUnit = n % 2 == 0 ? MoneyUnit.Rubles : MoneyUnit.ThousandRubles };
        var program = new MunicipalProgram
        {
            Id = n, RegistryCode = $"MP-{n:000}", Name = $"Развитие местного самоуправления и информационного общества № {n}",
            Municipality = municipality, StartYear = 2024, ResponsibleExecutor = new Department { Name = "Управление по организационной работе и информационному обеспечению" },
        };
        for (var a = 1; a <= activities; a++)
        {
            program.Activities.Add(new Activity { Id = a, Code = $"{a}", Name = $"Мероприятие {a}: обеспечение деятельности и проведение конкурсов", SortOrder = a, PlannedEnd = new DateOnly(2024, 12, 31) });
            var planned = random.Next(10_000, 5_000_000);
            program.FundingLines.Add(new FundingLine { ActivityId = a, Year = 2024, Source = FundingSource.Local, Planned = planned, Actual = Math.Round(planned * (decimal)(0.9 + random.NextDouble() * 0.1), 2) });
        }
        for (var i = 1; i <= indicators; i++)
        {
            var plan = random.Next(1, 1000);
            program.Indicators.Add(new Indicator
            {
                Id = i, Code = $"{i}", Name = $"Количество публикаций с информацией о деятельности администрации, показатель {i}", Unit = "Единиц",
                BaseValue = plan - 5, SortOrder = i,
                Values = [new IndicatorValue { Year = 2024, Planned = plan, Actual = Math.Round(plan * (decimal)(0.8 + random.NextDouble() * 0.4), 1) }],
            });
        }
        var report = new ProgressReport { Year = 2024, Status = ReportStatus.Accepted, SignatoryName = "Панина Ю.А.", SignatoryPosition = "Начальник управления" };
        var evaluation = ProgramEvaluation.Of(ProgramInputBuilder.Build(program, report, Period), new MethodologySettings());
        return new ProgramFormInput(program, Period, report, evaluation);
    }
}
