using System.Net.WebSockets;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket of a streamUrl: on connect it replays every activity after the stream's watermark (the client
/// often posts before its socket is open), then pushes ActivitySets as they are stored. Client frames are pings
/// (empty strings) and are ignored. One stream per conversation: a newer one closes the older ("collision").
/// </summary>
public static class DirectLineStream
{
    public const string CollisionReason = "collision";

    public static async Task RunAsync(
        HttpContext http, string conversationId, string? t, string? watermark,
        DirectLineAuthenticator authenticator, DirectLineStore store, IDirectLineNotifier notifier, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket; connect with an upgrade request.").ExecuteAsync(http);
            return;
        }

        var caller = await authenticator.AuthenticateStreamAsync(t, http.RequestAborted);
        var (_, conversation, refusal) = await DirectLineEndpoints.AuthorizeAsync(caller, conversationId, store, http.RequestAborted);
        if (conversation is null)
        {
            await refusal!.ExecuteAsync(http);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();

        // Subscribe before the replay, so nothing stored meanwhile slips between the two.
        using var subscription = await notifier.SubscribeAsync(conversationId, http.RequestAborted);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await PumpAsync(socket, subscription, store, DirectLineStore.ParseWatermark(watermark), stopping.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping; the client reconnects with its watermark.
        }

        await CloseAsync(socket, subscription, lifetime.ApplicationStopping.IsCancellationRequested);
    }

    private static async Task PumpAsync(WebSocket socket, DirectLineSubscription subscription, DirectLineStore store, long watermark, CancellationToken cancellationToken)
    {
        var receiving = DrainUntilClosedAsync(socket, cancellationToken);
        var superseded = Task.Delay(Timeout.Infinite, subscription.Superseded);
        watermark = await SendStoredAsync(socket, store, subscription.ConversationId, watermark, cancellationToken);
        while (true)
        {
            var signalled = subscription.Signals.WaitToReadAsync(cancellationToken).AsTask();
            var first = await Task.WhenAny(signalled, receiving, superseded);
            if (first != signalled || !await signalled)
            {
                return;
            }

            while (subscription.Signals.TryRead(out var ephemeral))
            {
                if (ephemeral.Count > 0)
                {
                    await SendAsync(socket, new ActivitySet(ephemeral, DirectLineStore.Watermark(watermark)), cancellationToken);
                }
            }

            watermark = await SendStoredAsync(socket, store, subscription.ConversationId, watermark, cancellationToken);
        }
    }

    /// <summary>Sends everything stored after the watermark, in sets of at most <see cref="DirectLineEndpoints.MaxActivitiesPerSet"/>.</summary>
    private static async Task<long> SendStoredAsync(WebSocket socket, DirectLineStore store, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        while (true)
        {
            var set = await store.ReadAsync(conversationId, watermark, DirectLineEndpoints.MaxActivitiesPerSet, cancellationToken);
            if (set is null || set.Activities.Count == 0)
            {
                return watermark;
            }

            await SendAsync(socket, set, cancellationToken);
            watermark = DirectLineStore.ParseWatermark(set.Watermark);
        }
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads and discards what the client sends (DirectLineJS pings with empty strings) until it closes.</summary>
    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Gone without a close frame.
        }
    }

    private static async Task CloseAsync(WebSocket socket, DirectLineSubscription subscription, bool hostStopping)
    {
        var (status, reason) = subscription.Superseded.IsCancellationRequested
            ? (WebSocketCloseStatus.PolicyViolation, CollisionReason)
            : hostStopping ? (WebSocketCloseStatus.EndpointUnavailable, "shutting down") : (WebSocketCloseStatus.NormalClosure, string.Empty);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Already gone.
        }
    }
}
