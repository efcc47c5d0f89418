using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace HeelBot.Authentication.Tests.Support;

/// <summary>
/// Stands in for login.botframework.com and login.microsoftonline.com on a loopback socket: serves an OpenID
/// configuration and a key set for Bot Framework channel tokens, and the same for the Entra ID tenant of the bot,
/// and counts what it was asked for. Keys can be added at any time (rotation).
/// </summary>
public sealed class FakeIssuer : IAsyncDisposable
{
    private const string ChannelPath = "/botframework";

    private readonly ConcurrentQueue<string> _requests = new();
    private readonly object _keysLock = new();
    private readonly List<TestSigningKey> _channelKeys = [];
    private readonly List<TestSigningKey> _entraKeys = [];
    private LoopbackServer _server = null!;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The value for BotFramework:OpenIdMetadataUrl.</summary>
    public string OpenIdMetadataUrl => $"{BaseAddress}{ChannelPath.TrimStart('/')}/.well-known/openidconfiguration";

    /// <summary>The value for BotFramework:EntraMetadataUrl (the host fills in the tenant).</summary>
    public string EntraMetadataUrlTemplate => $"{BaseAddress}{{tenant}}/v2.0/.well-known/openid-configuration";

    /// <summary>Paths requested so far, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public int ChannelKeySetRequests => Requests.Count(path => path == $"{ChannelPath}/keys");

    public static async Task<FakeIssuer> StartAsync()
    {
        var issuer = new FakeIssuer();
        issuer._server = await LoopbackServer.StartAsync(issuer.HandleAsync);
        return issuer;
    }

    public void PublishChannelKey(TestSigningKey key)
    {
        lock (_keysLock)
        {
            _channelKeys.Add(key);
        }
    }

    public void PublishEntraKey(TestSigningKey key)
    {
        lock (_keysLock)
        {
            _entraKeys.Add(key);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        _requests.Enqueue(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        object? body = path switch
        {
            $"{ChannelPath}/.well-known/openidconfiguration" => new Dictionary<string, object>
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = $"{BaseAddress}{ChannelPath.TrimStart('/')}/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            },
            $"{ChannelPath}/keys" => KeySet(_channelKeys),
            _ when segments is [var tenant, "v2.0", ".well-known", "openid-configuration"] => new Dictionary<string, object>
            {
                ["issuer"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
                ["jwks_uri"] = $"{BaseAddress}{tenant}/discovery/v2.0/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            },
            _ when segments is [_, "discovery", "v2.0", "keys"] => KeySet(_entraKeys),
            _ => null,
        };

        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }

    private Dictionary<string, object> KeySet(List<TestSigningKey> keys)
    {
        lock (_keysLock)
        {
            return new Dictionary<string, object> { ["keys"] = keys.Select(key => key.ToJwk()).ToArray() };
        }
    }
}
