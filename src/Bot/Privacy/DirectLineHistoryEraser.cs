using HeelBot.Bot.Channels.DirectLine;
using HeelBot.Dialogs.Privacy;

namespace HeelBot.Bot.Privacy;

/// <summary>
/// Erases the messages the self-hosted Direct Line channel keeps for a conversation (what Web Chat reads back). Only a
/// conversation of the same channel and the same person is touched, so a message sent with someone else's
/// conversation id over another channel cannot erase their history.
/// </summary>
public sealed class DirectLineHistoryEraser(DirectLineStore store) : IConversationDataEraser
{
    public const string DeletedKey = "privacy.deleted.history";

    public async Task<IReadOnlyList<string>> EraseAsync(ConversationDataScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var conversation = await store.GetAsync(scope.ConversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null || conversation.ChannelId != scope.ChannelId || conversation.UserId != scope.UserId)
        {
            return [];
        }

        return await store.EraseActivitiesAsync(scope.ConversationId, cancellationToken).ConfigureAwait(false) > 0 ? [DeletedKey] : [];
    }
}
