using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace HeelBot.Bot.Tests.Support;

/// <summary>
/// A stand-in for the Bot Connector service on a real Kestrel socket: records every request the bot
/// makes to its serviceUrl and answers each with <see cref="StatusCode"/>.
/// </summary>
public sealed class RecordingChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private LoopbackServer _server = null!;
    private int _nextId;

    private RecordingChannel()
    {
    }

    /// <summary>The serviceUrl to give the bot: this server plus a path, as ABS serviceUrls have (".../amer/").</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>The status every request is answered with.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    /// <summary>
    /// Requests in arrival order. Complete once the bot's POST returned: the host delivers every reply
    /// before it answers, and this server records a request before answering it.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>How long the channel takes before it answers (a slow or hung Connector service).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public static async Task<RecordingChannel> StartAsync(string servicePath = "/amer/")
    {
        var channel = new RecordingChannel();
        channel._server = await LoopbackServer.StartAsync(channel.RecordAsync);
        channel.ServiceUrl = new Uri(channel._server.BaseAddress, servicePath);
        return channel;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            target,
            context.Request.ContentType,
            context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString(),
            body));
        if (Delay > TimeSpan.Zero)
        {
            // Ends early when the caller gives up and closes the connection.
            await Task.Delay(Delay, context.RequestAborted);
        }

        context.Response.StatusCode = StatusCode;
        if (StatusCode < 300)
        {
            await context.Response.WriteAsJsonAsync(new { id = $"reply-{Interlocked.Increment(ref _nextId)}" }, context.RequestAborted);
        }
    }
}
