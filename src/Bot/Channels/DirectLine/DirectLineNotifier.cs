using System.Collections.Concurrent;
using System.Text.Json;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// Tells this process's open streams that their conversation changed. Storage stays the source of truth: a
/// stream that hears a signal reads everything after its watermark, so a missed or merged signal loses nothing.
/// </summary>
public sealed class DirectLineNotifier
{
    private readonly ConcurrentDictionary<string, DirectLineSubscription> _subscriptions = new(StringComparer.Ordinal);

    /// <summary>Subscribes a stream; an older stream of the same conversation is told to close ("collision").</summary>
    public DirectLineSubscription Subscribe(string conversationId)
    {
        var subscription = new DirectLineSubscription(conversationId, Unsubscribe);
        DirectLineSubscription? previous = null;
        _subscriptions.AddOrUpdate(conversationId, subscription, (_, existing) =>
        {
            previous = existing;
            return subscription;
        });
        previous?.Supersede();
        return subscription;
    }

    /// <summary>New activities were stored for the conversation.</summary>
    public void Notify(string conversationId) => Push(conversationId, []);

    /// <summary>Activities that are shown but not stored (typing), delivered only to a stream open right now.</summary>
    public void Push(string conversationId, IReadOnlyList<JsonElement> ephemeral)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Signal(ephemeral);
        }
    }

    public bool HasStream(string conversationId) => _subscriptions.ContainsKey(conversationId);

    private void Unsubscribe(DirectLineSubscription subscription) =>
        _subscriptions.TryRemove(new KeyValuePair<string, DirectLineSubscription>(subscription.ConversationId, subscription));
}
