using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// OAuth 2.0 client credentials against Entra ID: <c>POST {authority}/{tenant}/oauth2/v2.0/token</c> with the app id,
/// its secret and the Connector scope. The tenant is botframework.com for multi-tenant bots, else MicrosoftAppTenantId.
/// </summary>
public sealed class ClientCredentialsTokenSource : IChannelTokenSource
{
    public const string HttpClientName = "HeelBot.ChannelToken";

    private readonly IHttpClientFactory _httpClients;
    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _timeProvider;

    public ClientCredentialsTokenSource(IHttpClientFactory httpClients, BotFrameworkOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        _options = options;
        _timeProvider = timeProvider;
        var authority = (options.BotFramework ?? new BotFrameworkServiceOptions()).TokenAuthority.TrimEnd('/');
        TokenEndpoint = new Uri($"{authority}/{Uri.EscapeDataString(options.TokenTenant)}/oauth2/v2.0/token");
    }

    public Uri TokenEndpoint { get; }

    public async Task<ChannelToken> AcquireAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.MicrosoftAppId.Trim(),
            ["client_secret"] = _options.MicrosoftAppPassword,
            ["scope"] = AuthenticationConstants.ChannelScope,
        });
        var requestedAt = _timeProvider.GetUtcNow();
        using var client = _httpClients.CreateClient(HttpClientName);
        using var response = await client.PostAsync(TokenEndpoint, form, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // The body may echo request details; the status and Entra's error code are enough to act on.
            throw new HttpRequestException(
                $"The token endpoint {TokenEndpoint} refused the bot's credentials: {(int)response.StatusCode} {await ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false)}.",
                null,
                response.StatusCode);
        }

        JsonElement body;
        try
        {
            body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException($"The token endpoint {TokenEndpoint} answered with something other than JSON.", ex);
        }

        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("access_token", out var accessToken) || accessToken.ValueKind != JsonValueKind.String
            || string.IsNullOrEmpty(accessToken.GetString())
            || ExpiresInSeconds(body) is not { } expiresIn)
        {
            throw new HttpRequestException($"The token endpoint {TokenEndpoint} answered without access_token and expires_in.");
        }

        // Counted from when we asked, so network time shortens rather than lengthens the token's life here.
        return new ChannelToken(accessToken.GetString()!, requestedAt.AddSeconds(expiresIn));
    }

    /// <summary>The v2 endpoint sends a number; older endpoints a string of digits.</summary>
    private static double? ExpiresInSeconds(JsonElement body)
    {
        if (!body.TryGetProperty("expires_in", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var seconds) && seconds > 0 => seconds,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 => seconds,
            _ => null,
        };
    }

    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? error.GetString()!
                : "(no error code)";
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return "(no error code)";
        }
    }
}
