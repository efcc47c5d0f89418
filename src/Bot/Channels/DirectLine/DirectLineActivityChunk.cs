using System.Text.Json;
using HeelBot.Builder.State;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// Up to <see cref="DirectLineStore.ChunkSize"/> consecutive activities of a conversation, as they went out on the
/// wire. Chunk <c>n</c> holds sequence numbers <c>n*ChunkSize+1</c> … <c>(n+1)*ChunkSize</c>, so appends rewrite one
/// small document rather than the whole transcript.
/// </summary>
public sealed class DirectLineActivityChunk : IStoreItem
{
    public List<JsonElement> Activities { get; set; } = [];

    public string? ETag { get; set; }
}
