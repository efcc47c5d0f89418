using System.Text.Json;

namespace HeelBot.Builder.State;

/// <summary>
/// The head of a transcript as <see cref="StorageTranscriptStore"/> stores it: who it belongs to, its status and
/// consent, and how many <see cref="TranscriptSegment"/>s hold its activities. Checked by ETag on every append, so
/// two appends never take the same segment number.
/// </summary>
public sealed class TranscriptDocument : IStoreItem
{
    public string ChannelId { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public TranscriptStatus Status { get; set; }

    public TranscriptConsent? Consent { get; set; }

    /// <summary>Segments 1 to <see cref="Segments"/> follow, each under <see cref="StorageTranscriptStore.SegmentKey"/>.</summary>
    public int Segments { get; set; }

    /// <summary>Activities stored in the head itself: only in transcripts written before segments existed.</summary>
    public List<JsonElement> Activities { get; set; } = [];

    public string? ETag { get; set; }
}
