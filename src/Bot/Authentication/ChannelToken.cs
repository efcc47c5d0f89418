namespace HeelBot.Bot.Authentication;

/// <summary>An access token for the Connector service and the moment it stops being accepted.</summary>
public sealed record ChannelToken(string Value, DateTimeOffset ExpiresOn);
