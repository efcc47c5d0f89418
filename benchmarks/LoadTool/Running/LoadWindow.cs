using System.Diagnostics;
using HeelBot.LoadTool.Measuring;
using HeelBot.LoadTool.People;
using HeelBot.LoadTool.Reporting;
using HeelBot.LoadTool.Servers;
using HeelBot.LoadTool.Transports;

namespace HeelBot.LoadTool.Running;

/// <summary>
/// One window: <c>concurrency</c> simulated people, each starting a new conversation as soon as the last one ends
/// (no think time, so the bot's throughput is the limit), after an unmeasured warm-up. The server's CPU time is
/// read from /proc before and after the measured part and divided by the turns in it.
/// </summary>
public static class LoadWindow
{
    private static long _conversationCounter;

    public static async Task<WindowResult> RunAsync(
        BotServer server,
        IChatTransport transport,
        TransportKind transportKind,
        int concurrency,
        int round,
        WindowSpec spec,
        string runTag,
        IProgress<string> progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(progress);
        var label = $"{server.Label} {transportKind.ToString().ToLowerInvariant()} c={concurrency}";
        if (spec.Warmup > TimeSpan.Zero)
        {
            progress.Report($"{label}: warm-up {spec.Warmup.TotalSeconds:0} s");
            await RunPhaseAsync(server, transport, concurrency, spec with { Duration = spec.Warmup, Conversations = null }, runTag, label, progress: null, cancellationToken).ConfigureAwait(false);
        }

        var serverPid = server.Process.Id;
        var cpuBefore = ProcessStats.CpuTime(serverPid);
        var dbBefore = server.DatabaseProcessId is { } dbPid ? ProcessStats.CpuTime(dbPid) : TimeSpan.Zero;
        var toolBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var machineBefore = MachineCpu.Read();
        var clock = Stopwatch.StartNew();

        var tallies = await RunPhaseAsync(server, transport, concurrency, spec, runTag, label, progress, cancellationToken).ConfigureAwait(false);

        var seconds = clock.Elapsed.TotalSeconds;
        var machineAfter = MachineCpu.Read();
        var serverCpu = ProcessStats.CpuTime(serverPid) - cpuBefore;
        var dbCpu = server.DatabaseProcessId is { } dbPid2 ? ProcessStats.CpuTime(dbPid2) - dbBefore : (TimeSpan?)null;
        var toolCpu = Process.GetCurrentProcess().TotalProcessorTime - toolBefore;
        var (rss, peak) = ProcessStats.Memory(serverPid);

        var latencies = new List<double>(tallies.Sum(t => t.Latencies.Count));
        foreach (var tally in tallies)
        {
            latencies.AddRange(tally.Latencies);
        }

        var turns = tallies.Sum(t => t.Turns);
        var outcomes = tallies.SelectMany(t => t.Outcomes).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);
        var busy = MachineCpu.BusyFraction(machineBefore, machineAfter);
        var capacity = Environment.ProcessorCount * seconds;
        var ours = serverCpu.TotalSeconds + (dbCpu?.TotalSeconds ?? 0) + toolCpu.TotalSeconds;
        return new WindowResult
        {
            Target = server.Target,
            Server = server.Label,
            Storage = server.Storage,
            Transport = transportKind,
            Concurrency = concurrency,
            Round = round,
            Seconds = seconds,
            Turns = turns,
            Conversations = tallies.Sum(t => t.Completed),
            Errors = tallies.Sum(t => t.Failed),
            Stopped = tallies.Sum(t => t.Stopped),
            ConversationsPerSecond = tallies.Sum(t => t.Completed) / seconds,
            TurnsPerSecond = turns / seconds,
            LatencyMs = LatencyStats.From(latencies),
            ServerCpuMsPerTurn = turns == 0 ? 0 : serverCpu.TotalMilliseconds / turns,
            DatabaseCpuMsPerTurn = dbCpu is { } db && turns > 0 ? db.TotalMilliseconds / turns : null,
            LoadToolCpuMsPerTurn = turns == 0 ? 0 : toolCpu.TotalMilliseconds / turns,
            MachineBusyPercent = busy * 100,
            OtherBusyPercent = capacity > 0 ? Math.Max(0, (busy * capacity) - ours) / capacity * 100 : 0,
            ServerRssMiB = rss / 1024.0 / 1024.0,
            ServerPeakMiB = peak / 1024.0 / 1024.0,
            Outcomes = outcomes,
            ErrorSamples = tallies.SelectMany(t => t.FailureSamples).Distinct(StringComparer.Ordinal).Take(10).ToList(),
        };
    }

    /// <summary>The people of one phase, each in its own loop; returns their tallies once all have stopped.</summary>
    internal static async Task<List<WorkerTally>> RunPhaseAsync(
        BotServer server, IChatTransport transport, int concurrency, WindowSpec spec, string runTag, string label, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(spec.Limit);
        var clock = Stopwatch.StartNew();
        var deadline = spec.Duration;
        var remaining = (long)(spec.Conversations ?? 0);
        var live = new LiveCounters();

        bool MayStartTurn() => spec.Conversations is not null || clock.Elapsed < deadline;
        bool MayStartConversation() => spec.Conversations is null ? clock.Elapsed < deadline : Interlocked.Decrement(ref remaining) >= 0;

        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                var tally = new WorkerTally();
                while (!limit.IsCancellationRequested && MayStartConversation())
                {
                    var n = Interlocked.Increment(ref _conversationCounter);
                    IPerson person = server.Target == TargetKind.HeelBot ? new HeelBotPerson(ConversationShapes.For(n)) : new ReferencePerson();
                    await ConversationDriver.RunAsync(transport, person, $"lt{runTag}-w{n}", MayStartTurn, tally, live, limit.Token).ConfigureAwait(false);
                }

                return tally;
            },
            CancellationToken.None)).ToList();

        using var reporter = progress is null ? null : new Timer(
            _ => progress.Report(spec.Conversations is { } total
                ? $"{label}: {live.Completed + live.Failed}/{total} conversations, {live.Turns} turns, {live.Failed} errors"
                : $"{label}: {Math.Min(clock.Elapsed.TotalSeconds, deadline.TotalSeconds):0}/{deadline.TotalSeconds:0} s, {live.Turns} turns ({live.Turns / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0}/s), {live.Completed} conversations, {live.Failed} errors"),
            null,
            TimeSpan.FromSeconds(2),
            TimeSpan.FromSeconds(2));

        var tallies = await Task.WhenAll(workers).ConfigureAwait(false);
        return [.. tallies];
    }
}
