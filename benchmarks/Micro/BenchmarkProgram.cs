using BenchmarkDotNet.Running;

namespace HeelBot.Benchmarks;

/// <summary>
/// The entry point (a named class: a top-level program would be a second global <c>Program</c> beside the host's).
/// <code>
/// dotnet run -c Release --project benchmarks/Micro -- --filter '*'                    (all, full statistics)
/// dotnet run -c Release --project benchmarks/Micro -- --filter '*Triage*' --quick     (one class, 3 iterations)
/// </code>
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        var quick = args.Contains("--quick");
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run([.. args.Where(a => a != "--quick")], new BenchmarkConfig(quick));
    }
}
