namespace HeelBot.Bot.Authentication;

/// <summary>
/// Where the Bot Framework and Entra ID services live (the <c>BotFramework</c> configuration section). The defaults are
/// the public Azure cloud; they are settings so tests (and sovereign clouds) can point them elsewhere.
/// </summary>
public sealed class BotFrameworkServiceOptions
{
    /// <summary>OpenID metadata for the tokens Azure Bot Service channels send (issuer https://api.botframework.com).</summary>
    public string OpenIdMetadataUrl { get; set; } = AuthenticationConstants.BotFrameworkOpenIdMetadataUrl;

    /// <summary>OpenID metadata for Entra ID tokens of the bot's tenant; <c>{tenant}</c> is replaced by MicrosoftAppTenantId.</summary>
    public string EntraMetadataUrl { get; set; } = AuthenticationConstants.EntraOpenIdMetadataUrlTemplate;

    /// <summary>The Entra ID authority that issues the bot's outbound tokens ({authority}/{tenant}/oauth2/v2.0/token).</summary>
    public string TokenAuthority { get; set; } = AuthenticationConstants.DefaultTokenAuthority;
}
