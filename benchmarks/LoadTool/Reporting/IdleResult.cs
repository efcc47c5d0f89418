using HeelBot.LoadTool.Measuring;

namespace HeelBot.LoadTool.Reporting;

/// <summary>
/// Memory and stored bytes of conversations left idle mid-way (3 turns, waiting for the next answer): two batches
/// of <see cref="ConversationsPerBatch"/>, the resident set read before and after each. The second batch's growth is
/// the steady-state figure: the first also pays for heaps, caches and pools warming up.
/// </summary>
public sealed record IdleResult
{
    public required TargetKind Target { get; init; }

    public required string Server { get; init; }

    public required StorageKind Storage { get; init; }

    public required int ConversationsPerBatch { get; init; }

    public required long Errors { get; init; }

    public required double RssBeforeMiB { get; init; }

    public required double RssAfterFirstMiB { get; init; }

    public required double RssAfterSecondMiB { get; init; }

    /// <summary>Resident-set growth over the first batch, per conversation.</summary>
    public required double RssBytesPerConversationFirst { get; init; }

    /// <summary>Resident-set growth over the second batch, per conversation (the steady-state figure).</summary>
    public required double RssBytesPerConversationSecond { get; init; }

    /// <summary>The reference bot only: V8's used heap after a forced GC, growth per conversation over both batches.</summary>
    public double? HeapBytesPerConversationAfterGc { get; init; }

    /// <summary>HeelBot on SQLite or PostgreSQL: what the store holds for both batches (conversation and user state).</summary>
    public StoredState? Stored { get; init; }

    /// <summary>Stored document bytes per idle conversation (conversation plus user state).</summary>
    public double? StoredBytesPerConversation { get; init; }
}
