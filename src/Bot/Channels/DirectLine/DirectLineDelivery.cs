using System.Text.Json;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// What the adapter does not buffer, delivered straight to the Direct Line queue of one conversation: updates
/// replace the stored activity and are pushed again; deletes leave a <c>messageDelete</c> marker in its place.
/// </summary>
public sealed class DirectLineDelivery(DirectLineStore store, IDirectLineNotifier notifier, string conversationId) : IActivityDelivery
{
    public const string MessageDelete = "messageDelete";

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var stored = await store.AppendAsync(conversationId, [activity], cancellationToken).ConfigureAwait(false);
        await notifier.NotifyAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(stored[0].Id);
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var replaced = await store.ReplaceAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Activity '{activity.Id}' is not in Direct Line conversation '{conversationId}'.");

        // The stream has moved past it, so the new version is pushed to whoever is connected now.
        await notifier.PushAsync(conversationId, [JsonSerializer.SerializeToElement(replaced, BotJson.Options)], cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(replaced.Id);
    }

    public async Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var marker = new Activity
        {
            Type = MessageDelete,
            Id = reference.ActivityId,
            Conversation = new ConversationAccount(conversationId),
            From = reference.Bot,
        };
        var replaced = await store.ReplaceAsync(conversationId, marker, cancellationToken).ConfigureAwait(false);
        if (replaced is not null)
        {
            await notifier.PushAsync(conversationId, [JsonSerializer.SerializeToElement(replaced, BotJson.Options)], cancellationToken).ConfigureAwait(false);
        }
    }
}
