namespace HeelBot.Bot.Authentication;

/// <summary>Without an app id there is nothing to sign in as, so outbound calls carry no Authorization header (as in the SDK).</summary>
public sealed class AnonymousChannelTokenProvider : IChannelTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
