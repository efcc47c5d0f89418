namespace HeelBot.Bot.Authentication;

/// <summary>Obtains a fresh token for <see cref="AuthenticationConstants.ChannelScope"/>; caching is the caller's job.</summary>
public interface IChannelTokenSource
{
    Task<ChannelToken> AcquireAsync(CancellationToken cancellationToken);
}
