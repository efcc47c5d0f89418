using HeelBot.Builder.Core;
using HeelBot.Builder.State;
using ChannelIds = HeelBot.Builder.Schema.Channels;

namespace HeelBot.Bot.Channels.Twilio;

/// <summary>
/// Who has opted out, kept in the bot's own storage under <c>sms/optouts/{phoneId}</c>. Opting out also forgets the
/// conversation and user state: the conversation is over, and nothing beyond the opt-out itself is needed.
/// </summary>
public sealed class TwilioOptOutStore(IStorage storage, ConversationState conversationState, UserState userState, TimeProvider timeProvider)
{
    public static string Key(string phoneId) => $"{ChannelIds.Sms}/optouts/{phoneId}";

    public async Task<bool> IsOptedOutAsync(string phoneId, CancellationToken cancellationToken)
    {
        var key = Key(phoneId);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.ContainsKey(key);
    }

    /// <summary>Records the opt-out and deletes the conversation's and the person's state (keys from the activity).</summary>
    public async Task OptOutAsync(string phoneId, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var document = new TwilioOptOutDocument { OptedOutAt = timeProvider.GetUtcNow(), ETag = ETags.Any };
        await storage.WriteAsync(new Dictionary<string, object> { [Key(phoneId)] = document }, cancellationToken).ConfigureAwait(false);
        await conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await userState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lifts an opt-out; false when there was none.</summary>
    public async Task<bool> OptInAsync(string phoneId, CancellationToken cancellationToken)
    {
        if (!await IsOptedOutAsync(phoneId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await storage.DeleteAsync([Key(phoneId)], cancellationToken).ConfigureAwait(false);
        return true;
    }
}
