using System.Text;
using System.Text.Json;
using HeelBot.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line signals between instances sharing one PostgreSQL database (LISTEN/NOTIFY): each signal goes to this
/// process's streams at once and to the other instances through the database, whose streams then read the stored
/// queue after their own watermark. A signal that gets lost (the database blinked, a notification came while the
/// listening connection was down) delays a stream but loses nothing: on every reconnect and after
/// <see cref="DirectLineOptions.StreamResyncInterval"/> without a signal all streams here re-read their conversation.
/// A stream opened on one instance also closes an older one of the same conversation on another ("collision").
/// </summary>
public sealed class PostgresDirectLineNotifier(PostgresNotificationChannel channel, IOptions<DirectLineOptions> options, ILogger<PostgresDirectLineNotifier> logger)
    : BackgroundService, IDirectLineNotifier
{
    private readonly InProcessDirectLineNotifier _local = new();

    /// <summary>Tells this instance's own notifications (PostgreSQL delivers them back to it) from the others'.</summary>
    private readonly string _origin = Guid.NewGuid().ToString("N");

    public async Task<DirectLineSubscription> SubscribeAsync(string conversationId, CancellationToken cancellationToken)
    {
        var subscription = _local.Subscribe(conversationId);
        await PublishAsync(new DirectLineSignal(_origin, DirectLineSignal.Taken, conversationId), cancellationToken).ConfigureAwait(false);
        return subscription;
    }

    public async Task NotifyAsync(string conversationId, CancellationToken cancellationToken)
    {
        _local.Notify(conversationId);
        await PublishAsync(new DirectLineSignal(_origin, DirectLineSignal.Stored, conversationId), cancellationToken).ConfigureAwait(false);
    }

    public async Task PushAsync(string conversationId, IReadOnlyList<JsonElement> ephemeral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ephemeral);
        _local.Push(conversationId, ephemeral);
        var signal = new DirectLineSignal(_origin, DirectLineSignal.Pushed, conversationId, [.. ephemeral]);
        if (Encoding.UTF8.GetByteCount(Serialize(signal)) > PostgresNotificationChannel.MaxPayloadBytes)
        {
            // Too big to carry (a large replaced card): the other streams are only told to look, and see what is stored.
            logger.LogDebug("Direct Line: pushed activities of {Bytes} bytes are too large to notify other instances.", Encoding.UTF8.GetByteCount(Serialize(signal)));
            signal = signal with { Kind = DirectLineSignal.Stored, Activities = null };
        }

        await PublishAsync(signal, cancellationToken).ConfigureAwait(false);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        channel.ListenAsync(Receive, _local.SignalAll, options.Value.StreamResyncInterval, stoppingToken);

    private static string Serialize(DirectLineSignal signal) => JsonSerializer.Serialize(signal, DirectLineSignal.JsonOptions);

    private async Task PublishAsync(DirectLineSignal signal, CancellationToken cancellationToken)
    {
        try
        {
            await channel.PublishAsync(Serialize(signal), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // What was stored stays stored: the other instances' streams find it at their next resync.
            logger.LogWarning("Direct Line: could not notify other instances about conversation {ConversationId} ({Error}).", signal.ConversationId, ex.Message);
        }
    }

    private void Receive(string payload)
    {
        DirectLineSignal? signal;
        try
        {
            signal = JsonSerializer.Deserialize<DirectLineSignal>(payload, DirectLineSignal.JsonOptions);
        }
        catch (JsonException)
        {
            logger.LogWarning("Direct Line: ignored a notification that is not a Direct Line signal.");
            return;
        }

        if (signal is null || signal.Origin == _origin || string.IsNullOrEmpty(signal.ConversationId))
        {
            return;
        }

        switch (signal.Kind)
        {
            case DirectLineSignal.Taken:
                _local.Supersede(signal.ConversationId);
                break;
            case DirectLineSignal.Pushed:
                _local.Push(signal.ConversationId, signal.Activities ?? []);
                break;
            default:
                _local.Notify(signal.ConversationId);
                break;
        }
    }
}
