using System.Text.Json;

namespace HeelBot.Builder.State;

/// <summary>
/// A transcript as <see cref="StorageTranscriptStore"/> stores it: one document per conversation, the activities in
/// their Bot Framework JSON form (as a channel would read them), checked by ETag on every append.
/// </summary>
public sealed class TranscriptDocument : IStoreItem
{
    public string ChannelId { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public TranscriptStatus Status { get; set; }

    public TranscriptConsent? Consent { get; set; }

    public List<JsonElement> Activities { get; set; } = [];

    public string? ETag { get; set; }
}
