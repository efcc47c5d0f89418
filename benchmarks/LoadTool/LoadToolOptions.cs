namespace HeelBot.LoadTool;

/// <summary>What one run measures. Every list is run in full: storages × transports × concurrency levels × targets.</summary>
public sealed record LoadToolOptions
{
    public IReadOnlyList<TargetKind> Targets { get; init; } = [TargetKind.HeelBot, TargetKind.Reference];

    public IReadOnlyList<StorageKind> Storages { get; init; } = [StorageKind.Sqlite];

    public IReadOnlyList<TransportKind> Transports { get; init; } = [TransportKind.Messages];

    public IReadOnlyList<int> Concurrency { get; init; } = [16, 64];

    /// <summary>Length of each measured window; ignored when <see cref="Conversations"/> is set.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A fixed number of conversations per window instead of a fixed time (for smoke runs and tests).</summary>
    public int? Conversations { get; init; }

    /// <summary>Unmeasured load before each window (JIT, connection pools, caches).</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times the side-by-side windows are repeated, alternating which target goes first.</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>Conversations left idle mid-way, twice over, to measure memory and stored bytes per idle conversation; 0 skips.</summary>
    public int IdleConversations { get; init; } = 2000;

    /// <summary>HeelBot.Bot.dll to run; null finds src/Bot/bin/Release (or Debug)/net10.0 in the repository.</summary>
    public string? BotDll { get; init; }

    /// <summary>The reference bot's folder; null means ../shared/reference-bot beside the repository.</summary>
    public string? ReferenceDir { get; init; }

    /// <summary>Where the markdown and JSON results go; null means artifacts/loadtool in the repository.</summary>
    public string? OutputDir { get; init; }

    /// <summary>Bound on any one HTTP request of a simulated person.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The command line as given, recorded in the report.</summary>
    public string CommandLine { get; init; } = string.Empty;
}
