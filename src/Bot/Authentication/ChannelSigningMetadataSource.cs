using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// The cached signing metadata of one issuer. <see cref="ConfigurationManager{T}"/> fetches it on first use, refreshes
/// it every 12 hours or so, and keeps serving the last good copy when a refresh fails. A token signed with a key we
/// have not seen asks for a refresh at once (keys rotate), at most once per <see cref="RefreshInterval"/> so forged
/// key ids cannot make us hammer the issuer.
/// </summary>
public sealed class ChannelSigningMetadataSource
{
    /// <summary>How often an unknown key id may force a refresh (ConfigurationManager's own minimum between forced refreshes).</summary>
    public static readonly TimeSpan RefreshInterval = BaseConfigurationManager.DefaultRefreshInterval;

    // ConfigurationManager refreshes in the background, so a forced refresh is awaited by polling for the new copy.
    private const int RefreshPolls = 100;
    private static readonly TimeSpan RefreshPollDelay = TimeSpan.FromMilliseconds(50);

    private readonly ConfigurationManager<ChannelSigningMetadata> _manager;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _refreshLock = new();
    private DateTimeOffset? _lastForcedRefresh;

    public ChannelSigningMetadataSource(string metadataUrl, IDocumentRetriever documentRetriever, TimeProvider timeProvider)
    {
        MetadataUrl = metadataUrl;
        _timeProvider = timeProvider;
        _manager = new ConfigurationManager<ChannelSigningMetadata>(metadataUrl, new ChannelSigningMetadataRetriever(), documentRetriever)
        {
            RefreshInterval = RefreshInterval,
        };
    }

    public string MetadataUrl { get; }

    public Task<ChannelSigningMetadata> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fetches the metadata again because a token named a key id <paramref name="stale"/> lacks. Returns the new copy,
    /// or <paramref name="stale"/> when a forced refresh ran too recently or the issuer did not answer in time.
    /// </summary>
    public async Task<ChannelSigningMetadata> RefreshForUnknownKeyAsync(ChannelSigningMetadata stale, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_refreshLock)
        {
            if (_lastForcedRefresh is { } last && now - last < RefreshInterval)
            {
                return stale;
            }

            _lastForcedRefresh = now;
        }

        _manager.RequestRefresh();
        for (var poll = 0; poll < RefreshPolls; poll++)
        {
            var current = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(current, stale))
            {
                return current;
            }

            await Task.Delay(RefreshPollDelay, cancellationToken).ConfigureAwait(false);
        }

        return stale;
    }
}
