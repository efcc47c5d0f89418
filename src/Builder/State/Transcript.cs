using HeelBot.Builder.Schema;

namespace HeelBot.Builder.State;

/// <summary>A conversation's transcript as read back: its status, the consent when kept, and the activities in order.</summary>
public sealed record Transcript(
    string ChannelId,
    string ConversationId,
    TranscriptStatus Status,
    TranscriptConsent? Consent,
    IReadOnlyList<Activity> Activities);
