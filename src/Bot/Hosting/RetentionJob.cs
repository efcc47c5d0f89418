using HeelBot.Bot.Channels.DirectLine;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Privacy;
using ChannelIds = HeelBot.Builder.Schema.Channels;

namespace HeelBot.Bot.Hosting;

/// <summary>
/// Deletes what the bot stores once it is older (by its last write) than the configured ages: once at start-up, then
/// every <see cref="RetentionOptions.Interval"/>. The storage key alone says which age applies, so nothing is read:
/// <list type="bullet">
/// <item>live conversation state, <c>{channelId}/conversations/</c> of the channels the host serves
/// (<see cref="ConversationPrefixes"/>), and pending transcripts (<c>transcript/pending/</c>) after
/// <see cref="RetentionOptions.UnconsentedAge"/>: by then the conversation has ended, and without consent nothing of
/// it is kept;</item>
/// <item>the state of conversations whose person agreed to keep them (<c>{channelId}/consented/</c>, see
/// <see cref="ConsentedConversationCopy"/>) after <see cref="RetentionOptions.ConversationStateAge"/>;</item>
/// <item>kept transcripts (<c>transcript/kept/</c>) after <see cref="RetentionOptions.TranscriptAge"/>.</item>
/// </list>
/// The Direct Line store's conversations and activities (<c>dl3/</c>) go after <see cref="RetentionOptions.UnconsentedAge"/>
/// too: they are the conversation's history as the widget shows it, and a kept copy lives in the transcript. A
/// conversation's record is rewritten with every message, so it outlives its activity chunks; a conversation still
/// going after a day loses only its oldest activities. User state (<c>{channelId}/users/</c>) and SMS opt-outs
/// (<c>sms/optouts/</c>, which must outlive the conversation) are deliberately not expired here.
/// A store that cannot delete by age (<see cref="MemoryStorage"/>) is skipped with a log line.
/// </summary>
public sealed class RetentionJob(IStorage storage, TimeProvider timeProvider, RetentionOptions options, ILogger<RetentionJob> logger) : BackgroundService
{
    /// <summary>The conversation-state key prefixes, one per channel; see <see cref="ConversationState.GetStorageKey"/>.</summary>
    public static IReadOnlyList<string> ConversationPrefixes { get; } =
        [.. new[] { ChannelIds.Webchat, ChannelIds.Directline, ChannelIds.Emulator, ChannelIds.Msteams, ChannelIds.Sms, ChannelIds.Test }
            .Select(channel => $"{channel}/conversations/")];

    /// <summary>The key prefixes of consented conversations' state, one per channel.</summary>
    public static IReadOnlyList<string> ConsentedPrefixes { get; } =
        [.. new[] { ChannelIds.Webchat, ChannelIds.Directline, ChannelIds.Emulator, ChannelIds.Msteams, ChannelIds.Sms, ChannelIds.Test }
            .Select(ConsentedConversationCopy.Prefix)];

    /// <summary>One sweep: deletes everything last written before now minus its age. Returns how many items.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (storage is not IExpiringStorage expiring)
        {
            return 0;
        }

        var now = timeProvider.GetUtcNow();
        var unconsented = await DeleteAsync(expiring, now - options.UnconsentedAge, [.. ConversationPrefixes], cancellationToken).ConfigureAwait(false);
        var consented = await DeleteAsync(expiring, now - options.ConversationStateAge, [.. ConsentedPrefixes], cancellationToken).ConfigureAwait(false);
        var pending = await DeleteAsync(expiring, now - options.UnconsentedAge, [StorageTranscriptStore.PendingPrefix], cancellationToken).ConfigureAwait(false);
        var kept = await DeleteAsync(expiring, now - options.TranscriptAge, [StorageTranscriptStore.KeptPrefix], cancellationToken).ConfigureAwait(false);
        var directLine = await DeleteAsync(expiring, now - options.UnconsentedAge, [DirectLineStore.Prefix], cancellationToken).ConfigureAwait(false);

        // Counts only: keys carry conversation ids, and SMS ids are derived from phone numbers.
        logger.LogInformation(
            "Retention: deleted {Conversations} conversation state item(s) without consent, {Consented} with consent, {Pending} pending and {Kept} kept transcript item(s) (heads and segments), and {DirectLine} Direct Line item(s).",
            unconsented,
            consented,
            pending,
            kept,
            directLine);
        return unconsented + consented + pending + kept + directLine;
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

    private static async Task<int> DeleteAsync(IExpiringStorage storage, DateTimeOffset cutoff, string[] prefixes, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var prefix in prefixes)
        {
            deleted += await storage.DeleteOlderThanAsync(cutoff, prefix, cancellationToken).ConfigureAwait(false);
        }

        return deleted;
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
