using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/MunicipalPrograms.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
