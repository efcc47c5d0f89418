using HeelBot.Builder.State;
using ChannelIds = HeelBot.Builder.Schema.Channels;

namespace HeelBot.Bot.Hosting;

/// <summary>
/// Deletes conversation state that has not been written for <see cref="RetentionOptions.ConversationStateAge"/>: once
/// at start-up, then every <see cref="RetentionOptions.Interval"/>. Only keys under <c>{channelId}/conversations/</c>
/// of the channels the host serves (<see cref="ConversationPrefixes"/>) are touched. User state
/// (<c>{channelId}/users/</c>), SMS opt-outs (<c>sms/optouts/</c>, which must outlive the conversation) and the
/// Direct Line store (<c>dl3/</c>: its signing key lives there too, and a conversation's activity chunks are written
/// at different times, so deleting by age would leave half conversations) are deliberately not expired here.
/// A store that cannot delete by age (<see cref="MemoryStorage"/>) is skipped with a log line.
/// </summary>
public sealed class RetentionJob(IStorage storage, TimeProvider timeProvider, RetentionOptions options, ILogger<RetentionJob> logger) : BackgroundService
{
    /// <summary>The conversation-state key prefixes, one per channel; see <see cref="ConversationState.GetStorageKey"/>.</summary>
    public static IReadOnlyList<string> ConversationPrefixes { get; } =
        [.. new[] { ChannelIds.Webchat, ChannelIds.Directline, ChannelIds.Emulator, ChannelIds.Msteams, ChannelIds.Sms, ChannelIds.Test }
            .Select(channel => $"{channel}/conversations/")];

    /// <summary>One sweep: deletes conversation state last written before now minus the configured age. Returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (storage is not IExpiringStorage expiring)
        {
            return 0;
        }

        var cutoff = timeProvider.GetUtcNow() - options.ConversationStateAge;
        var deleted = 0;
        foreach (var prefix in ConversationPrefixes)
        {
            deleted += await expiring.DeleteOlderThanAsync(cutoff, prefix, cancellationToken).ConfigureAwait(false);
        }

        // Counts only: keys carry conversation ids, and SMS ids are derived from phone numbers.
        logger.LogInformation("Retention: deleted {Count} conversation state item(s) last written before {Cutoff:O}.", deleted, cutoff);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage is not IExpiringStorage)
        {
            logger.LogInformation("Retention: the state store ({Store}) cannot delete by age, so conversation state is not expired by the retention job.", storage.GetType().Name);
            return;
        }

        using var timer = new PeriodicTimer(options.Interval, timeProvider);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed sweep (database briefly away) must not stop the host or later sweeps.
                logger.LogError(ex, "Retention: the sweep failed; it is tried again at the next interval.");
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
