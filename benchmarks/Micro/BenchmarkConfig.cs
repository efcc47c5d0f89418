using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace HeelBot.Benchmarks;

/// <summary>
/// In-process runs (no generated project to build: the NuGet copy this repository builds from is partial, and the
/// repository's build props would apply to it), allocations per operation, and results under bin/ (git-ignored).
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <param name="quick">BenchmarkDotNet's short run (3 iterations): a first look on a busy machine, not a figure to quote.</param>
    public BenchmarkConfig(bool quick = false)
    {
        // The default loggers, exporters and columns; only the job and the artifacts folder differ.
        Add(DefaultConfig.Instance);
        AddJob((quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance).WithId(quick ? "InProcessShort" : "InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        ArtifactsPath = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
        Options |= ConfigOptions.JoinSummary;
    }
}
