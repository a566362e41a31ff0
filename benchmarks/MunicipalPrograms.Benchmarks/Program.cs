using BenchmarkDotNet.Running;
using MunicipalPrograms.Benchmarks;

// In-process benchmarks:  dotnet run -c Release --project benchmarks/MunicipalPrograms.Benchmarks -- --filter '*'
// Load on a running portal: benchmarks/load-report-page.sh (calls this with "load <url> <users> <seconds>")
if (args.Length > 0 && args[0] == "load")
    return await ReportPageLoad.RunAsync(args[1..]);
// Load of the plan grids (issue 9): benchmarks/load-plan-grids.sh (calls this with "grids <url> <users> <seconds> <saves>")
if (args.Length > 0 && args[0] == "grids")
    return await PlanGridLoad.RunAsync(args[1..]);
// The Excel round trip of a 37-indicator report (issue 11): benchmarks/excel-round-trip.sh (calls this with "excel <url> <rounds>")
if (args.Length > 0 && args[0] == "excel")
    return await ExcelUploadLoad.RunAsync(args[1..]);
// The March rush with faults (issue 13): benchmarks/march-rush-faults.sh (calls this with "faults <url> <seconds> <signal dir> <portal pid> <connection string>")
if (args.Length > 0 && args[0] == "faults")
    return await FaultLoad.RunAsync(args[1..]);
// typeof(Program) would be ambiguous: the portal (referenced for the report form renderers) has one too.
BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
return 0;
