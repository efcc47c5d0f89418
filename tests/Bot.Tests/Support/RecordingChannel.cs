using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeelBot.Bot.Tests.Support;

/// <summary>
/// A stand-in for the Bot Connector service on a real Kestrel socket: records every request the bot
/// makes to its serviceUrl and answers each with <see cref="StatusCode"/>.
/// </summary>
public sealed class RecordingChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _nextId;

    private RecordingChannel(WebApplication app) => _app = app;

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new RecordingChannel(app);
        app.Run(channel.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        channel.ServiceUrl = new Uri(new Uri(address), servicePath);
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

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
