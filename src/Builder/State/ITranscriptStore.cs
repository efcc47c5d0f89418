namespace HeelBot.Builder.State;

/// <summary>
/// Transcripts by channel and conversation. A new transcript is <see cref="TranscriptStatus.Pending"/>: held only
/// while the conversation runs, for a retention job to delete. <see cref="KeepTranscriptAsync"/> records the
/// person's consent and makes it <see cref="TranscriptStatus.Kept"/>; later activities are added to the kept one.
/// </summary>
public interface ITranscriptStore : ITranscriptLogger
{
    /// <summary>The conversation's transcript, pending or kept; null when there is none.</summary>
    Task<Transcript?> GetTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the conversation's transcript as kept, with the consent that allows it. Safe to repeat; with no pending
    /// transcript an empty kept one is started, so what the conversation says next is kept too.
    /// </summary>
    Task KeepTranscriptAsync(string channelId, string conversationId, TranscriptConsent consent, CancellationToken cancellationToken = default);

    /// <summary>Deletes the conversation's transcript, pending and kept. True when there was one.</summary>
    Task<bool> DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default);
}
