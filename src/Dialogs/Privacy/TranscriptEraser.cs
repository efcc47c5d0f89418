using HeelBot.Builder.State;

namespace HeelBot.Dialogs.Privacy;

/// <summary>Deletes the conversation's transcript, pending or kept.</summary>
public sealed class TranscriptEraser(ITranscriptStore transcripts) : IConversationDataEraser
{
    public const string DeletedKey = "privacy.deleted.transcript";

    public async Task<IReadOnlyList<string>> EraseAsync(ConversationDataScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return await transcripts.DeleteTranscriptAsync(scope.ChannelId, scope.ConversationId, cancellationToken).ConfigureAwait(false)
            ? [DeletedKey]
            : [];
    }
}
