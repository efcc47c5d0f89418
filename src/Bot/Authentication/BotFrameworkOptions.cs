namespace HeelBot.Bot.Authentication;

/// <summary>The Bot Framework identity, under the names Azure Bot Service uses (root configuration keys).</summary>
public sealed class BotFrameworkOptions
{
    public string MicrosoftAppType { get; set; } = "SingleTenant";

    public string MicrosoftAppId { get; set; } = string.Empty;

    public string MicrosoftAppPassword { get; set; } = string.Empty;

    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    /// <summary>The service addresses (configuration section <c>BotFramework</c>).</summary>
    public BotFrameworkServiceOptions BotFramework { get; set; } = new();

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>
    /// The app type, or null when <see cref="MicrosoftAppType"/> names none. Empty means MultiTenant, as in the Bot
    /// Framework SDK, so the appsettings of existing bots (<c>"MicrosoftAppType": ""</c>) keep their meaning.
    /// </summary>
    public BotAppType? AppType => MicrosoftAppType?.Trim().ToUpperInvariant() switch
    {
        null or "" or "MULTITENANT" => BotAppType.MultiTenant,
        "SINGLETENANT" => BotAppType.SingleTenant,
        "USERASSIGNEDMSI" => BotAppType.UserAssignedMsi,
        _ => null,
    };

    /// <summary>The Entra tenant outbound tokens are requested from: multi-tenant bots always use botframework.com.</summary>
    public string TokenTenant => AppType == BotAppType.MultiTenant
        ? AuthenticationConstants.BotFrameworkTenant
        : MicrosoftAppTenantId.Trim();
}
