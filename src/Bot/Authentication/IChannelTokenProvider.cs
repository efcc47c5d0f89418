namespace HeelBot.Bot.Authentication;

/// <summary>The bearer token for calls to a channel's Connector service (PROTOCOLS.md §3b).</summary>
public interface IChannelTokenProvider
{
    /// <summary>The token to send, or null when the bot runs without an app id and sends no Authorization header.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
