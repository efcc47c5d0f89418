using System.Text.Json;

namespace HeelBot.Builder.State;

/// <summary>
/// The activities of one logged turn (or, once kept, of the pending transcript they were moved from), in their Bot
/// Framework JSON form as a channel would read them. Written once, beside its <see cref="TranscriptDocument"/>.
/// </summary>
public sealed class TranscriptSegment : IStoreItem
{
    public List<JsonElement> Activities { get; set; } = [];

    public string? ETag { get; set; }
}
