using System.Text.Json;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// Tells open streams that their conversation changed, wherever the change was made. Storage stays the source of
/// truth: a stream that hears a signal reads everything after its watermark, so a missed or merged signal loses
/// nothing and watermarks stay those of the stored queue. <see cref="InProcessDirectLineNotifier"/> serves one
/// process (SQLite, Memory); <see cref="PostgresDirectLineNotifier"/> carries the signals between instances that
/// share one PostgreSQL database, so a message posted through one reaches a WebSocket held by another.
/// </summary>
public interface IDirectLineNotifier
{
    /// <summary>Subscribes a stream; an older stream of the same conversation is told to close ("collision").</summary>
    Task<DirectLineSubscription> SubscribeAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>New activities were stored for the conversation.</summary>
    Task NotifyAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Activities that are shown but not stored (typing, a replaced activity), for streams open right now.</summary>
    Task PushAsync(string conversationId, IReadOnlyList<JsonElement> ephemeral, CancellationToken cancellationToken);
}
