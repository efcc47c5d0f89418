using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.State;

/// <summary>
/// Transcripts in the bot's own <see cref="IStorage"/>, so they work on every state store unchanged. A pending
/// transcript lives under <c>transcript/pending/{channelId}/{conversationId}</c> and a kept one under
/// <c>transcript/kept/{channelId}/{conversationId}</c>: the two prefixes let a retention job expire each by its own
/// age without reading a single transcript. That key holds a small head (<see cref="TranscriptDocument"/>); each
/// logged turn adds one <see cref="TranscriptSegment"/> beside it (<see cref="SegmentKey"/>, same prefix) in the same
/// atomic write as the head's new segment count, so an append reads and writes a few hundred bytes however long the
/// conversation already is. Appends are ETag-checked on the head and retried when another writer came first.
/// </summary>
/// <remarks>
/// A retention job ages each key on its own: in a conversation that runs longer than the retention age its oldest
/// segments may go before its head, and are then simply missing from what <see cref="GetTranscriptAsync"/> returns.
/// </remarks>
public sealed class StorageTranscriptStore(IStorage storage) : ITranscriptStore
{
    public const string Prefix = "transcript/";
    public const string PendingPrefix = Prefix + "pending/";
    public const string KeptPrefix = Prefix + "kept/";

    /// <summary>Two turns of one conversation rarely race; a few attempts settle it.</summary>
    public const int MaxAttempts = 5;

    public static string PendingKey(string channelId, string conversationId) => $"{PendingPrefix}{channelId}/{conversationId}";

    public static string KeptKey(string channelId, string conversationId) => $"{KeptPrefix}{channelId}/{conversationId}";

    /// <summary>The key of segment <paramref name="number"/> (from 1) of the transcript whose head is <paramref name="headKey"/>.</summary>
    public static string SegmentKey(string headKey, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{headKey}#{number}");

    public async Task LogActivitiesAsync(string channelId, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        var segment = new TranscriptSegment { Activities = [.. activities.Select(activity => JsonSerializer.SerializeToElement(activity, BotJson.Options))] };
        for (var attempt = 1; ; attempt++)
        {
            var (pending, kept) = await ReadHeadsAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);

            // Once kept, the conversation goes on being kept; a pending copy left beside it is the retention job's.
            var head = kept ?? pending ?? New(channelId, conversationId, TranscriptStatus.Pending);
            var key = kept is not null ? KeptKey(channelId, conversationId) : PendingKey(channelId, conversationId);
            head.Segments++;
            segment.ETag = ETags.Any;
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = head, [SegmentKey(key, head.Segments)] = segment }, cancellationToken).ConfigureAwait(false);
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
        var (pending, kept) = await ReadHeadsAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
        if ((kept ?? pending) is not { } head)
        {
            return null;
        }

        var key = kept is not null ? KeptKey(channelId, conversationId) : PendingKey(channelId, conversationId);
        var activities = await ReadActivitiesAsync(key, head, cancellationToken).ConfigureAwait(false);
        return new Transcript(
            head.ChannelId,
            head.ConversationId,
            head.Status,
            head.Consent,
            [.. activities.Select(element => element.Deserialize<Activity>(BotJson.Options)!)]);
    }

    /// <summary>
    /// Writes the kept copy first and deletes the pending one after, so a failure in between leaves the transcript
    /// twice (the pending copy then expires) rather than losing it; a repeat only renews the consent.
    /// </summary>
    public async Task KeepTranscriptAsync(string channelId, string conversationId, TranscriptConsent consent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var pendingKey = PendingKey(channelId, conversationId);
        var keptKey = KeptKey(channelId, conversationId);
        TranscriptDocument? movedFrom = null;
        for (var attempt = 1; ; attempt++)
        {
            var (pending, kept) = await ReadHeadsAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
            var head = kept ?? New(channelId, conversationId, TranscriptStatus.Kept);
            var writes = new Dictionary<string, object>();
            if (kept is null && pending is not null)
            {
                // The pending turns become the kept transcript's first segment.
                var moved = await ReadActivitiesAsync(pendingKey, pending, cancellationToken).ConfigureAwait(false);
                if (moved.Count > 0)
                {
                    head.Segments = 1;
                    writes[SegmentKey(keptKey, 1)] = new TranscriptSegment { Activities = moved, ETag = ETags.Any };
                }
            }

            head.Status = TranscriptStatus.Kept;
            head.Consent = consent;
            writes[keptKey] = head;
            try
            {
                await storage.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
                movedFrom = pending;
                break;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }

        await storage.DeleteAsync([.. KeysOf(pendingKey, movedFrom)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var (pending, kept) = await ReadHeadsAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
        await storage.DeleteAsync(
            [.. KeysOf(PendingKey(channelId, conversationId), pending), .. KeysOf(KeptKey(channelId, conversationId), kept)],
            cancellationToken).ConfigureAwait(false);
        return pending is not null || kept is not null;
    }

    private static TranscriptDocument New(string channelId, string conversationId, TranscriptStatus status) => new()
    {
        ChannelId = channelId,
        ConversationId = conversationId,
        Status = status,
        ETag = ETags.Absent,
    };

    /// <summary>The head's key and its segments' keys; just the head's when there is no head (nothing else to find).</summary>
    private static IEnumerable<string> KeysOf(string headKey, TranscriptDocument? head)
    {
        yield return headKey;
        for (var number = 1; number <= (head?.Segments ?? 0); number++)
        {
            yield return SegmentKey(headKey, number);
        }
    }

    /// <summary>A short random pause, growing with each attempt, so racing writers stop colliding in lockstep.</summary>
    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);

    /// <summary>The activities in the head (an old transcript's) and then in its segments, in order.</summary>
    private async Task<List<JsonElement>> ReadActivitiesAsync(string headKey, TranscriptDocument head, CancellationToken cancellationToken)
    {
        var activities = new List<JsonElement>(head.Activities);
        var keys = KeysOf(headKey, head).Skip(1).ToArray();
        var segments = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            if (segments.TryGetValue(key, out var value) && value is TranscriptSegment segment)
            {
                activities.AddRange(segment.Activities);
            }
        }

        return activities;
    }

    private async Task<(TranscriptDocument? Pending, TranscriptDocument? Kept)> ReadHeadsAsync(string channelId, string conversationId, CancellationToken cancellationToken)
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
