namespace HeelBot.Bot.Authentication;

/// <summary>The fixed names and addresses of Bot Framework authentication (PROTOCOLS.md §3).</summary>
public static class AuthenticationConstants
{
    /// <summary>The issuer of the tokens Azure Bot Service channels send to bots.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string TenantPlaceholder = "{tenant}";

    public const string EntraOpenIdMetadataUrlTemplate = "https://login.microsoftonline.com/" + TenantPlaceholder + "/v2.0/.well-known/openid-configuration";

    public const string DefaultTokenAuthority = "https://login.microsoftonline.com";

    /// <summary>The tenant multi-tenant bots request their outbound tokens from.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    /// <summary>What the bot asks for when it calls a channel (the Connector API).</summary>
    public const string ChannelScope = "https://api.botframework.com/.default";

    /// <summary>The activity's callerId once a channel token was validated (activity spec, appendix V).</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    /// <summary>How far token lifetimes may be off, as the Bot Framework SDK allows.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The only signature algorithms a channel token may use.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";
}
