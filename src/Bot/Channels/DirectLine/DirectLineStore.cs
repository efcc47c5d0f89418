using System.Globalization;
using System.Text.Json;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations and their activity queues, kept in the bot's own <see cref="IStorage"/> so a restart
/// or a second instance loses nothing. Each activity gets the next sequence number of its conversation: its id is
/// <c>{conversationId}|{sequence:D7}</c> and the watermark after it is the sequence number. Appends are ETag-checked
/// writes of the conversation document plus the chunk(s) they touch, retried when another writer (another
/// instance on the same storage) got there first; within this process, appends to one conversation take turns.
/// </summary>
public sealed class DirectLineStore(IStorage storage, TimeProvider timeProvider)
{
    public const int ChunkSize = 20;

    /// <summary>Appends to one conversation rarely collide more than once or twice (a reply racing the next message).</summary>
    public const int MaxAttempts = 10;

    // Striped, so the number of locks stays fixed however many conversations there are.
    private readonly SemaphoreSlim[] _appendLocks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>The prefix of every key of the store's conversations and their activities (the retention job expires it).</summary>
    public const string Prefix = "dl3/";

    public static string ConversationKey(string conversationId) => $"{Prefix}{conversationId}";

    public static string ChunkKey(string conversationId, long chunk) => $"{Prefix}{conversationId}/{chunk.ToString(CultureInfo.InvariantCulture)}";

    public static string ActivityId(string conversationId, long sequence) => $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    /// <summary>The sequence number in an id this store assigned to the conversation, or null.</summary>
    public static long? SequenceOf(string conversationId, string? activityId)
    {
        var prefix = conversationId + "|";
        return activityId is not null && activityId.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(activityId.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0
            ? sequence
            : null;
    }

    /// <summary>Stores a new conversation; false when one with that id already exists.</summary>
    public async Task<bool> TryCreateAsync(DirectLineConversationDocument conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.ETag = ETags.Absent;
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [ConversationKey(conversation.ConversationId)] = conversation }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    public async Task<DirectLineConversationDocument?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = ConversationKey(conversationId);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item) ? item as DirectLineConversationDocument : null;
    }

    /// <summary>
    /// Appends activities in order, giving each its id and a timestamp later than every earlier one (Web Chat
    /// orders the transcript by timestamp). Returns the activities as stored.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return [];
        }

        var appendLock = _appendLocks[(StringComparer.Ordinal.GetHashCode(conversationId) & int.MaxValue) % _appendLocks.Length];
        await appendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await AppendWithRetriesAsync(conversationId, activities, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            appendLock.Release();
        }
    }

    private async Task<IReadOnlyList<Activity>> AppendWithRetriesAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var conversation = await GetAsync(conversationId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Direct Line conversation '{conversationId}' does not exist.");
            var first = conversation.LastSequence + 1;
            var last = conversation.LastSequence + activities.Count;
            var chunks = await ReadChunksAsync(conversationId, ChunkOf(first), ChunkOf(last), cancellationToken).ConfigureAwait(false);

            // The two reads are not one snapshot: a chunk that does not end where the conversation says it does was
            // written by an append that committed between them, and this attempt would conflict anyway.
            if (chunks[ChunkOf(first)].Activities.Count != (first - 1) % ChunkSize)
            {
                if (attempt >= MaxAttempts)
                {
                    throw new InvalidDataException($"Direct Line conversation '{conversationId}' is inconsistent: activity {first} does not follow its chunk.");
                }

                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var stored = new List<Activity>(activities.Count);
            var timestamp = conversation.LastTimestamp;
            for (var sequence = first; sequence <= last; sequence++)
            {
                var chunk = chunks[ChunkOf(sequence)];

                var activity = activities[(int)(sequence - first)].Clone();
                activity.Id = ActivityId(conversationId, sequence);
                timestamp = NextTimestamp(timeProvider.GetUtcNow(), timestamp);
                activity.Timestamp = timestamp;
                chunk.Activities.Add(JsonSerializer.SerializeToElement(activity, BotJson.Options));
                stored.Add(activity);
            }

            conversation.LastSequence = last;
            conversation.LastTimestamp = timestamp;
            var changes = new Dictionary<string, object> { [ConversationKey(conversationId)] = conversation };
            foreach (var (index, chunk) in chunks)
            {
                changes[ChunkKey(conversationId, index)] = chunk;
            }

            try
            {
                await storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
                return stored;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone appended first: read their version and number ours after it.
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Up to <paramref name="maxCount"/> activities after <paramref name="watermark"/>, oldest first, with the
    /// watermark to continue from; null when the conversation does not exist.
    /// </summary>
    public async Task<ActivitySet?> ReadAsync(string conversationId, long watermark, int maxCount, CancellationToken cancellationToken)
    {
        var conversation = await GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return null;
        }

        var last = conversation.LastSequence;
        var from = Math.Clamp(watermark, 0, last);
        var to = Math.Min(last, from + Math.Max(1, maxCount));
        if (from >= to)
        {
            return new ActivitySet([], Watermark(last));
        }

        var chunks = await ReadChunksAsync(conversationId, ChunkOf(from + 1), ChunkOf(to), cancellationToken).ConfigureAwait(false);
        var activities = new List<JsonElement>((int)(to - from));
        for (var sequence = from + 1; sequence <= to; sequence++)
        {
            var chunk = chunks[ChunkOf(sequence)].Activities;
            var position = (int)((sequence - 1) % ChunkSize);
            if (position >= chunk.Count)
            {
                throw new InvalidDataException($"Direct Line conversation '{conversationId}' lacks activity {sequence}.");
            }

            activities.Add(chunk[position]);
        }

        return new ActivitySet(activities, Watermark(to));
    }

    /// <summary>Replaces a stored activity (a bot's update), keeping its id and timestamp; null when there is no such activity.</summary>
    public async Task<Activity?> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (SequenceOf(conversationId, activity.Id) is not { } sequence)
        {
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            var chunks = await ReadChunksAsync(conversationId, ChunkOf(sequence), ChunkOf(sequence), cancellationToken).ConfigureAwait(false);
            var chunk = chunks[ChunkOf(sequence)];
            var position = (int)((sequence - 1) % ChunkSize);
            if (position >= chunk.Activities.Count)
            {
                return null;
            }

            var replacement = activity.Clone();
            replacement.Timestamp = chunk.Activities[position].TryGetProperty("timestamp", out var stamp) && stamp.TryGetDateTimeOffset(out var original)
                ? original
                : replacement.Timestamp;
            chunk.Activities[position] = JsonSerializer.SerializeToElement(replacement, BotJson.Options);
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [ChunkKey(conversationId, ChunkOf(sequence))] = chunk }, cancellationToken).ConfigureAwait(false);
                return replacement;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// "Slet mine data": replaces every stored activity of the conversation with a bare <c>messageDelete</c> marker (its
    /// id and timestamp only, as a deleted activity is kept) and forgets the user's display name. The conversation
    /// itself stays, with its sequence numbers, so watermarks remain valid and the bot's reply can still be queued.
    /// Returns how many activities were erased; 0 when the conversation does not exist or holds nothing to erase.
    /// </summary>
    public async Task<int> EraseActivitiesAsync(string conversationId, CancellationToken cancellationToken)
    {
        var appendLock = _appendLocks[(StringComparer.Ordinal.GetHashCode(conversationId) & int.MaxValue) % _appendLocks.Length];
        await appendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var conversation = await GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
                if (conversation is null || conversation.LastSequence == 0)
                {
                    return 0;
                }

                var chunks = await ReadChunksAsync(conversationId, 0, ChunkOf(conversation.LastSequence), cancellationToken).ConfigureAwait(false);
                var erased = 0;

                // The conversation document goes in the same write, so an append racing this one conflicts and retries.
                conversation.UserName = null;
                var changes = new Dictionary<string, object> { [ConversationKey(conversationId)] = conversation };
                foreach (var (index, chunk) in chunks)
                {
                    for (var position = 0; position < chunk.Activities.Count; position++)
                    {
                        var stored = chunk.Activities[position];
                        var marker = new Activity
                        {
                            Type = DirectLineDelivery.MessageDelete,
                            Id = stored.TryGetProperty("id", out var id) ? id.GetString() : null,
                            Timestamp = stored.TryGetProperty("timestamp", out var stamp) && stamp.TryGetDateTimeOffset(out var original) ? original : null,
                        };
                        var replacement = JsonSerializer.SerializeToElement(marker, BotJson.Options);
                        if (stored.GetRawText() != replacement.GetRawText())
                        {
                            chunk.Activities[position] = replacement;
                            erased++;
                            changes[ChunkKey(conversationId, index)] = chunk;
                        }
                    }
                }

                try
                {
                    await storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
                    return erased;
                }
                catch (StorageConflictException) when (attempt < MaxAttempts)
                {
                    await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            appendLock.Release();
        }
    }

    /// <summary>Watermarks are opaque to clients; ours is the sequence number of the last activity delivered.</summary>
    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>A client's watermark: empty or missing means "from the start"; anything unreadable too.</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>Millisecond precision (what JavaScript dates keep), strictly after the previous one.</summary>
    private static DateTimeOffset NextTimestamp(DateTimeOffset now, DateTimeOffset? previous)
    {
        var utc = now.ToUniversalTime();
        var truncated = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return previous is { } last && truncated <= last ? last.AddMilliseconds(1) : truncated;
    }

    private static long ChunkOf(long sequence) => (sequence - 1) / ChunkSize;

    /// <summary>A short random pause, growing with each attempt, so racing writers stop colliding in lockstep.</summary>
    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);

    private async Task<Dictionary<long, DirectLineActivityChunk>> ReadChunksAsync(string conversationId, long firstChunk, long lastChunk, CancellationToken cancellationToken)
    {
        var indexes = new List<long>();
        for (var index = firstChunk; index <= lastChunk; index++)
        {
            indexes.Add(index);
        }

        var items = await storage.ReadAsync([.. indexes.Select(index => ChunkKey(conversationId, index))], cancellationToken).ConfigureAwait(false);
        return indexes.ToDictionary(
            index => index,
            index => items.TryGetValue(ChunkKey(conversationId, index), out var item) && item is DirectLineActivityChunk chunk
                ? chunk
                : new DirectLineActivityChunk { ETag = ETags.Absent });
    }
}
