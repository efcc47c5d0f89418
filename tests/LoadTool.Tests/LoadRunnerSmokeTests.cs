using System.Reflection;
using HeelBot.LoadTool.Reporting;
using HeelBot.LoadTool.Running;
using HeelBot.LoadTool.Servers;

namespace HeelBot.LoadTool.Tests;

/// <summary>
/// The whole tool end to end, untimed: HeelBot's real host (the dll built beside this test) on Memory storage, 4
/// conversations by 2 people over each transport. Asserts what was counted, never how fast it was.
/// </summary>
public class LoadRunnerSmokeTests
{
    [Theory]
    [InlineData(TransportKind.Messages)]
    [InlineData(TransportKind.DirectLine)]
    public async Task RunAsync_FourConversationsOnMemory_AllReachTheirDisposition(TransportKind transport)
    {
        var options = new LoadToolOptions
        {
            Targets = [TargetKind.HeelBot],
            Storages = [StorageKind.Memory],
            Transports = [transport],
            Concurrency = [2],
            Conversations = 4,
            Warmup = TimeSpan.Zero,
            IdleConversations = 0,
            BotDll = BotDll(),
            CommandLine = "smoke test",
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var lines = new List<string>();

        var report = await LoadRunner.RunAsync(options, new SyncProgress(lines), timeout.Token);

        var window = report.Windows.Should().ContainSingle().Subject;
        window.ErrorSamples.Should().BeEmpty();
        window.Errors.Should().Be(0);
        window.Conversations.Should().Be(4);
        window.Outcomes.Keys.Should().BeSubsetOf(["selfcare", "clinic"]);
        window.Outcomes.Values.Sum().Should().Be(4);
        window.Turns.Should().BeGreaterThanOrEqualTo(4 * 4, "every shape takes at least 4 turns");
        window.LatencyMs.P50.Should().BePositive();
        window.LatencyMs.P99.Should().BeGreaterThanOrEqualTo(window.LatencyMs.P50);
        window.ServerCpuMsPerTurn.Should().BePositive();
        window.ServerPeakMiB.Should().BePositive();
        lines.Should().Contain(l => l.Contains("HeelBot (Memory) on http://127.0.0.1:", StringComparison.Ordinal));

        var markdown = ReportWriter.Markdown(report);
        markdown.Should().Contain("| heelbot/memory | memory | " + transport.ToString().ToLowerInvariant() + " | 2 |");
        markdown.Should().Contain("met: every conversation reached its disposition: 0 errors");
    }

    /// <summary>
    /// The host built in this test's configuration (the load tool's project reference builds it);
    /// HEELBOT_LOADTOOL_BOT_DLL may name another build.
    /// </summary>
    private static string BotDll() =>
        Environment.GetEnvironmentVariable("HEELBOT_LOADTOOL_BOT_DLL") is { Length: > 0 } dll
            ? dll
            : RepoPaths.BotDll(null, typeof(LoadRunnerSmokeTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration);

    /// <summary>Progress that records lines as they come (Progress&lt;T&gt; posts them later, on the thread pool).</summary>
    private sealed class SyncProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
