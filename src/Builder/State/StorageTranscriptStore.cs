using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.State;

/// <summary>
/// Transcripts in the bot's own <see cref="IStorage"/>, so they work on every state store unchanged. A pending
/// transcript lives under <c>transcript/pending/{channelId}/{conversationId}</c> and a kept one under
/// <c>transcript/kept/{channelId}/{conversationId}</c>: the two prefixes let a retention job expire each by its own
/// age without reading a single transcript. Appends are ETag-checked and retried when another writer came first.
/// </summary>
public sealed class StorageTranscriptStore(IStorage storage) : ITranscriptStore
{
    public const string Prefix = "transcript/";
    public const string PendingPrefix = Prefix + "pending/";
    public const string KeptPrefix = Prefix + "kept/";

    /// <summary>Two turns of one conversation rarely race; a few attempts settle it.</summary>
    public const int MaxAttempts = 5;

    public static string PendingKey(string channelId, string conversationId) => $"{PendingPrefix}{channelId}/{conversationId}";

    public static string KeptKey(string channelId, string conversationId) => $"{KeptPrefix}{channelId}/{conversationId}";

    public async Task LogActivitiesAsync(string channelId, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        var elements = activities.Select(activity => JsonSerializer.SerializeToElement(activity, BotJson.Options)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var (pending, kept) = await ReadBothAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);

            // Once kept, the conversation goes on being kept; a pending copy left beside it is the retention job's.
            var document = kept ?? pending ?? New(channelId, conversationId, TranscriptStatus.Pending);
            var key = kept is not null ? KeptKey(channelId, conversationId) : PendingKey(channelId, conversationId);
            document.Activities.AddRange(elements);
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = document }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<Transcript?> GetTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var (pending, kept) = await ReadBothAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
        return (kept ?? pending) is { } document
            ? new Transcript(
                document.ChannelId,
                document.ConversationId,
                document.Status,
                document.Consent,
                [.. document.Activities.Select(element => element.Deserialize<Activity>(BotJson.Options)!)])
            : null;
    }

    /// <summary>
    /// Writes the kept copy first and deletes the pending one after, so a failure in between leaves the transcript
    /// twice (the pending copy then expires) rather than losing it; a repeat only renews the consent.
    /// </summary>
    public async Task KeepTranscriptAsync(string channelId, string conversationId, TranscriptConsent consent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consent);
        for (var attempt = 1; ; attempt++)
        {
            var (pending, kept) = await ReadBothAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
            var document = kept ?? New(channelId, conversationId, TranscriptStatus.Kept);
            if (kept is null && pending is not null)
            {
                document.Activities.AddRange(pending.Activities);
            }

            document.Status = TranscriptStatus.Kept;
            document.Consent = consent;
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [KeptKey(channelId, conversationId)] = document }, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }

        await storage.DeleteAsync([PendingKey(channelId, conversationId)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var (pending, kept) = await ReadBothAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
        await storage.DeleteAsync([PendingKey(channelId, conversationId), KeptKey(channelId, conversationId)], cancellationToken).ConfigureAwait(false);
        return pending is not null || kept is not null;
    }

    private static TranscriptDocument New(string channelId, string conversationId, TranscriptStatus status) => new()
    {
        ChannelId = channelId,
        ConversationId = conversationId,
        Status = status,
        ETag = ETags.Absent,
    };

    /// <summary>A short random pause, growing with each attempt, so racing writers stop colliding in lockstep.</summary>
    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);

    private async Task<(TranscriptDocument? Pending, TranscriptDocument? Kept)> ReadBothAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var pendingKey = PendingKey(channelId, conversationId);
        var keptKey = KeptKey(channelId, conversationId);
        var items = await storage.ReadAsync([pendingKey, keptKey], cancellationToken).ConfigureAwait(false);
        return (
            items.TryGetValue(pendingKey, out var pending) ? pending as TranscriptDocument : null,
            items.TryGetValue(keptKey, out var kept) ? kept as TranscriptDocument : null);
    }
}
