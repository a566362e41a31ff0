using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/MunicipalPrograms.Benchmarks -- --filter '*'
// typeof(Program) would be ambiguous: the portal (referenced for the report form renderers) has one too.
BenchmarkSwitcher.FromAssembly(typeof(MunicipalPrograms.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
