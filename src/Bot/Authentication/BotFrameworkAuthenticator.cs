using System.Net.Http.Headers;
using System.Security.Claims;
using HeelBot.Builder.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// Validates the <c>Authorization: Bearer</c> JWT a channel sends to /api/messages when the bot has an app id
/// (PROTOCOLS.md §3a, after the Bot Framework SDK's JwtTokenExtractor and ChannelValidation): the issuer picks the
/// metadata; signature (RS256/384/512 only), lifetime (5 minutes' skew), audience = MicrosoftAppId; then the
/// <c>serviceurl</c> claim must name the activity's serviceUrl, and the signing key must be endorsed for its channel.
/// </summary>
public sealed class BotFrameworkAuthenticator : IChannelAuthenticator, IDisposable
{
    public const string AuthenticationType = "BotFramework";

    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly HttpClient _metadataClient;
    private readonly ChannelSigningMetadataSource _channelMetadata;
    private readonly ChannelSigningMetadataSource? _entraMetadata;
    private readonly IReadOnlyList<string> _entraIssuers;
    private readonly JsonWebTokenHandler _handler = new();

    public BotFrameworkAuthenticator(BotFrameworkOptions options, TimeProvider timeProvider, ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAuthenticationDisabled)
        {
            throw new ArgumentException("Bot Framework authentication needs a MicrosoftAppId.", nameof(options));
        }

        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;

        // Pooled connections are recycled so a change of the issuer's address (DNS) is picked up.
        _metadataClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
        var services = options.BotFramework ?? new BotFrameworkServiceOptions();
        _channelMetadata = CreateSource(services.OpenIdMetadataUrl);
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            var tenant = options.MicrosoftAppTenantId.Trim();
            _entraMetadata = CreateSource(BotFrameworkOptionsValidator.ResolveTenant(services.EntraMetadataUrl, tenant));
            _entraIssuers = [AuthenticationConstants.EntraV1Issuer(tenant), AuthenticationConstants.EntraV2Issuer(tenant)];
        }
        else
        {
            _entraIssuers = [];
        }
    }

    private string AppId => _options.MicrosoftAppId.Trim();

    public async Task<ClaimsIdentity?> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!TryReadBearerToken(authorizationHeader, out var token))
        {
            return Reject("the request has no Bearer token");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException derives from ArgumentException.
            return Reject("the token is not a JWT");
        }

        var issuer = unvalidated.Issuer;
        ClaimsIdentity? identity;
        if (string.Equals(issuer, AuthenticationConstants.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            identity = await ValidateAsync(token, unvalidated, _channelMetadata, [AuthenticationConstants.BotFrameworkIssuer], isChannelToken: true, activity, cancellationToken).ConfigureAwait(false);
        }
        else if (_entraMetadata is not null && _entraIssuers.Contains(issuer, StringComparer.Ordinal))
        {
            identity = await ValidateAsync(token, unvalidated, _entraMetadata, _entraIssuers, isChannelToken: false, activity, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            return Reject("the token's issuer is not trusted");
        }

        if (identity is not null)
        {
            activity.CallerId = AuthenticationConstants.AzureCallerId;
        }

        return identity;
    }

    public void Dispose() => _metadataClient.Dispose();

    private static bool TryReadBearerToken(string? header, out string token)
    {
        token = string.Empty;
        if (string.IsNullOrWhiteSpace(header) || !AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(value.Parameter))
        {
            return false;
        }

        token = value.Parameter.Trim();
        return true;
    }

    private async Task<ClaimsIdentity?> ValidateAsync(
        string token,
        JsonWebToken unvalidated,
        ChannelSigningMetadataSource source,
        IReadOnlyList<string> issuers,
        bool isChannelToken,
        Activity activity,
        CancellationToken cancellationToken)
    {
        ChannelSigningMetadata metadata;
        try
        {
            metadata = await source.GetAsync(cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(unvalidated.Kid) && !metadata.HasKey(unvalidated.Kid))
            {
                metadata = await source.RefreshForUnknownKeyAsync(metadata, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException ex)
        {
            // No metadata at all (the issuer has never answered): nothing can be validated, so nothing is accepted.
            _logger.LogError(ex, "The OpenID metadata at {MetadataUrl} could not be read; channel requests are refused until it can.", source.MetadataUrl);
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(metadata, issuers)).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return Reject($"the token failed validation ({result.Exception?.GetType().Name ?? "unknown reason"})");
        }

        var serviceUrlClaim = validated.TryGetPayloadValue<string>("serviceurl", out var claimed) ? claimed : null;
        if (serviceUrlClaim is null ? isChannelToken : !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("the token's serviceurl claim does not match the activity's serviceUrl");
        }

        var keyId = validated.SigningKey?.KeyId;
        var endorsed = keyId is not null && metadata.EndorsementsByKeyId.TryGetValue(keyId, out var endorsements) ? endorsements : null;
        if (endorsed is null ? isChannelToken : !endorsed.Contains(activity.ChannelId ?? string.Empty))
        {
            return Reject("the signing key is not endorsed for the activity's channel");
        }

        // An Entra token carries no serviceurl claim, so only the bot's own app may present one: otherwise anyone in
        // the tenant who can get a token for our app id could have our replies, and our outbound token, sent anywhere.
        if (!isChannelToken && !string.Equals(CallingAppId(validated), AppId, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("the Entra token was not issued to this bot's app");
        }

        return result.ClaimsIdentity;
    }

    /// <summary>The app that asked for the token: <c>appid</c> in v1 tokens, <c>azp</c> in v2 (the SDK's EmulatorValidation).</summary>
    private static string? CallingAppId(JsonWebToken token)
    {
        var version = token.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        var claim = version == "2.0" ? "azp" : "appid";
        return token.TryGetPayloadValue<string>(claim, out var appId) ? appId : null;
    }

    private TokenValidationParameters Parameters(ChannelSigningMetadata metadata, IReadOnlyList<string> issuers) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudience = AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = AuthenticationConstants.ClockSkew,
        LifetimeValidator = IsWithinLifetime,
        RequireSignedTokens = true,
        ValidAlgorithms = AuthenticationConstants.AllowedAlgorithms,
        IssuerSigningKeys = metadata.Configuration.SigningKeys,
        AuthenticationType = AuthenticationType,
    };

    /// <summary>Lifetime against the injected clock (the handler's own check reads the system clock).</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } notAfter
            && now <= notAfter.ToUniversalTime() + parameters.ClockSkew
            && (notBefore is not { } validFrom || now >= validFrom.ToUniversalTime() - parameters.ClockSkew);
    }

    private ChannelSigningMetadataSource CreateSource(string metadataUrl)
    {
        var retriever = new HttpDocumentRetriever(_metadataClient)
        {
            // Plain http only for an issuer on this machine (tests); the options validator refuses it elsewhere.
            RequireHttps = !(Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback),
        };
        return new ChannelSigningMetadataSource(metadataUrl, retriever, _timeProvider);
    }

    private ClaimsIdentity? Reject(string reason)
    {
        _logger.LogWarning("Refused a request to /api/messages: {Reason}.", reason);
        return null;
    }
}
