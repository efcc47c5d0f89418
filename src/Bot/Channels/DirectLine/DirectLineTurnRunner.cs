using System.Text.Json;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// The channel side of Direct Line: addresses what the person sends, stores it (the echo Web Chat waits for),
/// runs the bot turn in-process through the adapter, and stores and announces the bot's replies.
/// </summary>
public sealed class DirectLineTurnRunner(IBot bot, BufferedTurnAdapter adapter, DirectLineStore store, IDirectLineNotifier notifier, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    public ChannelAccount BotAccount() => new(options.Value.BotId, options.Value.BotName, "bot");

    /// <summary>
    /// Tells the bot that the bot and the person joined (one update, as Direct Line sends when the token names the
    /// user), so the welcome is waiting in the queue before the client's stream opens.
    /// </summary>
    public Task StartAsync(DirectLineConversationDocument conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = DirectLineStore.ActivityId(conversation.ConversationId, 0),
            Timestamp = timeProvider.GetUtcNow(),
            ChannelId = conversation.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(conversation.ConversationId),
            From = User(conversation),
            Recipient = BotAccount(),
            MembersAdded = [BotAccount(), User(conversation)],
            Locale = conversation.Locale,
        };

        // Clients never see conversation updates, so replies to it must not point at it (Web Chat would hold them back).
        return RespondAsync(conversation, update, replyToId: null, cancellationToken);
    }

    /// <summary>Stores the person's activity with its server id and announces it (the echo). Returns it as stored.</summary>
    public async Task<Activity> AcceptAsync(DirectLineConversationDocument conversation, Activity incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var stored = await store.AppendAsync(conversation.ConversationId, [incoming], cancellationToken).ConfigureAwait(false);
        await notifier.NotifyAsync(conversation.ConversationId, cancellationToken).ConfigureAwait(false);
        return stored[0];
    }

    /// <summary>Runs the bot on a stored activity and queues its replies, each replying to that activity.</summary>
    public Task RespondAsync(DirectLineConversationDocument conversation, Activity trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return RespondAsync(conversation, trigger, trigger.Id, cancellationToken);
    }

    private async Task RespondAsync(DirectLineConversationDocument conversation, Activity trigger, string? replyToId, CancellationToken cancellationToken)
    {
        var delivery = new DirectLineDelivery(store, notifier, conversation.ConversationId);
        var replies = await adapter.ProcessActivityAsync(trigger, bot.OnTurnAsync, delivery, cancellationToken).ConfigureAwait(false);

        var queued = new List<Activity>();
        var ephemeral = new List<JsonElement>();
        foreach (var reply in replies)
        {
            // Trace activities are for the Emulator only, as the Bot Framework's own adapters do.
            if (reply.Type == ActivityTypes.Trace)
            {
                continue;
            }

            Address(reply, conversation, replyToId);
            if (reply.Type == ActivityTypes.Typing)
            {
                // Direct Line shows typing on the stream only; it is never stored.
                reply.Timestamp = timeProvider.GetUtcNow();
                ephemeral.Add(JsonSerializer.SerializeToElement(reply, BotJson.Options));
            }
            else
            {
                queued.Add(reply);
            }
        }

        if (ephemeral.Count > 0)
        {
            await notifier.PushAsync(conversation.ConversationId, ephemeral, cancellationToken).ConfigureAwait(false);
        }

        if (queued.Count > 0)
        {
            await store.AppendAsync(conversation.ConversationId, queued, cancellationToken).ConfigureAwait(false);
            await notifier.NotifyAsync(conversation.ConversationId, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Address(Activity reply, DirectLineConversationDocument conversation, string? replyToId)
    {
        reply.Conversation = new ConversationAccount(conversation.ConversationId);
        reply.ChannelId = conversation.ChannelId;
        reply.From ??= BotAccount();
        reply.From.Role ??= "bot";
        reply.Recipient ??= User(conversation);
        reply.ReplyToId = replyToId;

        // The serviceUrl is the bot's way back to the channel; clients have no use for it.
        reply.ServiceUrl = null;
    }

    private static ChannelAccount User(DirectLineConversationDocument conversation) => new(conversation.UserId, conversation.UserName, "user");
}
