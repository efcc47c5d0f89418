namespace HeelBot.LoadTool.Servers;

/// <summary>A running bot the tool started, and how to reach and read it.</summary>
public sealed class BotServer(TargetKind target, string label, Uri baseUrl, ServerProcess process) : IAsyncDisposable
{
    public TargetKind Target => target;

    /// <summary>E.g. "heelbot/sqlite" or "reference".</summary>
    public string Label => label;

    public Uri BaseUrl => baseUrl;

    public ServerProcess Process => process;

    /// <summary>HeelBot's storage; the reference always keeps its state in memory.</summary>
    public StorageKind Storage { get; init; } = StorageKind.Memory;

    /// <summary>The Direct Line secret HeelBot was given (null for the reference, which has no Direct Line).</summary>
    public string? DirectLineSecret { get; init; }

    /// <summary>The SQLite database file, for reading stored bytes.</summary>
    public string? SqlitePath { get; init; }

    /// <summary>The PostgreSQL connection string HeelBot uses (its own schema), for reading stored bytes.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>The PostgreSQL postmaster, when the tool started it: its CPU (with its backends') is the database's share.</summary>
    public int? DatabaseProcessId { get; init; }

    /// <summary>The reference bot's <c>GET /debug/heap</c> (BENCH_DEBUG=1, node --expose-gc): V8's heap after a full GC.</summary>
    public Uri? HeapUrl { get; init; }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
