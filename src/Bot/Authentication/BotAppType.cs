namespace HeelBot.Bot.Authentication;

/// <summary>How the bot's Microsoft Entra identity is registered (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>Existing multi-tenant registrations only: Azure no longer creates new ones.</summary>
    MultiTenant,

    /// <summary>An app registration in one tenant, with a client secret.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity: no secret, tokens come from the hosting platform.</summary>
    UserAssignedMsi,
}
