using HeelBot.LoadTool.Measuring;

namespace HeelBot.LoadTool.Reporting;

/// <summary>One measured window: one bot, one storage and transport, one concurrency level.</summary>
public sealed record WindowResult
{
    public required TargetKind Target { get; init; }

    public required string Server { get; init; }

    public required StorageKind Storage { get; init; }

    public required TransportKind Transport { get; init; }

    public required int Concurrency { get; init; }

    public required int Round { get; init; }

    public required double Seconds { get; init; }

    public required long Turns { get; init; }

    /// <summary>Conversations that reached their disposition.</summary>
    public required long Conversations { get; init; }

    /// <summary>Conversations that failed (refusals, timeouts, replies the person could not follow).</summary>
    public required long Errors { get; init; }

    /// <summary>Conversations cut off because the window ended (not errors).</summary>
    public required long Stopped { get; init; }

    public required double ConversationsPerSecond { get; init; }

    public required double TurnsPerSecond { get; init; }

    public required LatencyStats LatencyMs { get; init; }

    /// <summary>The bot process's user+system CPU time in the window, per turn.</summary>
    public required double ServerCpuMsPerTurn { get; init; }

    /// <summary>PostgreSQL's CPU per turn (postmaster and backends), when the tool started the server.</summary>
    public double? DatabaseCpuMsPerTurn { get; init; }

    /// <summary>The load tool's own CPU per turn: it shares the 2 cores with the servers.</summary>
    public required double LoadToolCpuMsPerTurn { get; init; }

    /// <summary>How busy the whole machine was (all processes, /proc/stat), in percent of all cores.</summary>
    public required double MachineBusyPercent { get; init; }

    /// <summary>The part of <see cref="MachineBusyPercent"/> that was neither the bot, its database nor the load tool.</summary>
    public required double OtherBusyPercent { get; init; }

    public required double ServerRssMiB { get; init; }

    /// <summary>VmHWM: the bot process's peak resident memory since it started.</summary>
    public required double ServerPeakMiB { get; init; }

    public required IReadOnlyDictionary<string, long> Outcomes { get; init; }

    public required IReadOnlyList<string> ErrorSamples { get; init; }
}
