namespace HeelBot.Bot.Authentication;

/// <summary>
/// Hands out one token until shortly before it expires, then gets the next: five minutes early (as MSAL does), or
/// half-way through the lifetime of a token that lives less than ten minutes. Concurrent callers share one request.
/// </summary>
public sealed class CachedChannelTokenProvider(IChannelTokenSource source, TimeProvider timeProvider) : IChannelTokenProvider, IDisposable
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _acquireLock = new(1, 1);

    // ExpiresOn of the cached copy is the renewal time, so token and deadline are swapped in as one reference.
    private volatile ChannelToken? _current;

    /// <summary>Where tokens come from (client credentials or managed identity), for diagnostics.</summary>
    public IChannelTokenSource Source => source;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Usable(_current) is { } token)
        {
            return token;
        }

        await _acquireLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Usable(_current) is { } fresh)
            {
                return fresh;
            }

            var acquiredAt = timeProvider.GetUtcNow();
            var acquired = await source.AcquireAsync(cancellationToken).ConfigureAwait(false);
            var lifetime = acquired.ExpiresOn - acquiredAt;
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : TimeSpan.FromTicks(Math.Max(0, lifetime.Ticks / 2));
            _current = acquired with { ExpiresOn = acquired.ExpiresOn - margin };
            return acquired.Value;
        }
        finally
        {
            _acquireLock.Release();
        }
    }

    public void Dispose() => _acquireLock.Dispose();

    private string? Usable(ChannelToken? cached) =>
        cached is not null && timeProvider.GetUtcNow() < cached.ExpiresOn ? cached.Value : null;
}
