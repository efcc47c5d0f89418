using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace HeelBot.Authentication.Tests.Support;

/// <summary>
/// Entra ID's token endpoint on a loopback socket (<c>POST /{tenant}/oauth2/v2.0/token</c>, client credentials): hands
/// out access-1, access-2, ... valid for <see cref="ExpiresInSeconds"/>, and records every request's form.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private LoopbackServer _server = null!;
    private int _issued;

    /// <summary>The value for BotFramework:TokenAuthority.</summary>
    public Uri Authority => _server.BaseAddress;

    public IReadOnlyList<TokenRequest> Requests => [.. _requests];

    /// <summary>The lifetime of the tokens handed out (Entra's usual hour, less the second it rounds off).</summary>
    public int ExpiresInSeconds { get; set; } = 3599;

    /// <summary>When set, every request is refused with this status and an OAuth error body.</summary>
    public int? FailWithStatus { get; set; }

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        var endpoint = new FakeTokenEndpoint();
        endpoint._server = await LoopbackServer.StartAsync(endpoint.HandleAsync);
        return endpoint;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(context.RequestAborted)).ToDictionary(field => field.Key, field => field.Value.ToString())
            : [];
        _requests.Enqueue(new TokenRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, form));
        if (FailWithStatus is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, context.RequestAborted);
            return;
        }

        var token = $"access-{Interlocked.Increment(ref _issued)}";
        await context.Response.WriteAsJsonAsync(
            new Dictionary<string, object> { ["token_type"] = "Bearer", ["expires_in"] = ExpiresInSeconds, ["ext_expires_in"] = ExpiresInSeconds, ["access_token"] = token },
            context.RequestAborted);
    }
}
