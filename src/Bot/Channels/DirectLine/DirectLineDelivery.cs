using System.Text.Json;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// What the adapter does not buffer, delivered straight to the Direct Line queue of one conversation: updates
/// replace the stored activity and are pushed again; deletes leave a <c>messageDelete</c> marker in its place.
/// </summary>
public sealed class DirectLineDelivery(DirectLineStore store, DirectLineNotifier notifier, string conversationId) : IActivityDelivery
{
    public const string MessageDelete = "messageDelete";

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var stored = await store.AppendAsync(conversationId, [activity], cancellationToken).ConfigureAwait(false);
        notifier.Notify(conversationId);
        return new ResourceResponse(stored[0].Id);
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var replaced = await store.ReplaceAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Activity '{activity.Id}' is not in Direct Line conversation '{conversationId}'.");

        // The stream has moved past it, so the new version is pushed to whoever is connected now.
        notifier.Push(conversationId, [JsonSerializer.SerializeToElement(replaced, BotJson.Options)]);
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
            notifier.Push(conversationId, [JsonSerializer.SerializeToElement(replaced, BotJson.Options)]);
        }
    }
}
