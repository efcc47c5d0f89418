using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace HeelBot.Authentication.Tests.Support;

/// <summary>A Bot Connector service on a loopback socket: records the replies the bot posts and answers 200.</summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private LoopbackServer _server = null!;

    /// <summary>The serviceUrl to give the bot (with a path, as ABS serviceUrls have).</summary>
    public string ServiceUrl => $"{_server.BaseAddress}amer/";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeChannel> StartAsync()
    {
        var channel = new FakeChannel();
        channel._server = await LoopbackServer.StartAsync(channel.HandleAsync);
        return channel;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString();
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, authorization, body));
        await context.Response.WriteAsJsonAsync(new { id = $"reply-{_requests.Count}" }, context.RequestAborted);
    }
}
