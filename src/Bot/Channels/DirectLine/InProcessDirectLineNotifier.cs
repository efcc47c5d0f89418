using System.Collections.Concurrent;
using System.Text.Json;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>The streams open in this process, and the signals for them. Enough on its own for a single instance.</summary>
public sealed class InProcessDirectLineNotifier : IDirectLineNotifier
{
    private readonly ConcurrentDictionary<string, DirectLineSubscription> _subscriptions = new(StringComparer.Ordinal);

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

    public void Notify(string conversationId) => Push(conversationId, []);

    public void Push(string conversationId, IReadOnlyList<JsonElement> ephemeral)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Signal(ephemeral);
        }
    }

    /// <summary>A stream elsewhere took the conversation over: the one here, if any, closes.</summary>
    public void Supersede(string conversationId)
    {
        if (_subscriptions.TryRemove(conversationId, out var subscription))
        {
            subscription.Supersede();
        }
    }

    /// <summary>Every open stream re-reads its conversation (signals may have been missed).</summary>
    public void SignalAll()
    {
        foreach (var subscription in _subscriptions.Values)
        {
            subscription.Signal([]);
        }
    }

    public bool HasStream(string conversationId) => _subscriptions.ContainsKey(conversationId);

    Task<DirectLineSubscription> IDirectLineNotifier.SubscribeAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Subscribe(conversationId));

    Task IDirectLineNotifier.NotifyAsync(string conversationId, CancellationToken cancellationToken)
    {
        Notify(conversationId);
        return Task.CompletedTask;
    }

    Task IDirectLineNotifier.PushAsync(string conversationId, IReadOnlyList<JsonElement> ephemeral, CancellationToken cancellationToken)
    {
        Push(conversationId, ephemeral);
        return Task.CompletedTask;
    }

    private void Unsubscribe(DirectLineSubscription subscription) =>
        _subscriptions.TryRemove(new KeyValuePair<string, DirectLineSubscription>(subscription.ConversationId, subscription));
}
