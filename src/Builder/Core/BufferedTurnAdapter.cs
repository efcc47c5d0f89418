using System.Text.Json;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;

namespace HeelBot.Builder.Core;

/// <summary>
/// Runs each turn as a unit: replies are held back while the bot runs; if saving state hits an ETag
/// conflict (another instance answered first) the turn is run again on fresh state; only a turn whose
/// state was saved releases its replies. So two instances never double-answer (the 42.scaleout pattern).
/// </summary>
/// <remarks>
/// <para>
/// With a <see cref="ConversationState"/> the adapter also processes each activity id once. The problem it solves:
/// state is saved before the replies are delivered, so when delivery then fails (the channel is down, the process
/// is killed, the HTTP answer is lost) the person's answer is used up while the question it led to was never seen.
/// The channel retries such a request with the same activity id; run again, that retry would be taken as the
/// answer to the unseen question.
/// </para>
/// <para>
/// So every turn that changes the conversation writes, in the same atomic state write (<see cref="BotState.OnWriting"/>),
/// a record to the conversation's <see cref="TurnLedger"/>: the activity id and the turn's replies as they went
/// out. That record is the outbox: a later activity with an id already in the ledger is not run again but answered
/// with the recorded replies, so the retry delivers exactly what the first attempt failed to deliver. Because record
/// and state are one write there is no moment at which one exists without the other: either the turn happened
/// (and its answer can be replayed) or it did not (and the retry runs it). Two deliveries of one id at the same
/// time race like any two turns: one saves, the other hits the ETag conflict, runs again, finds the record and
/// replays it.
/// </para>
/// <para>
/// Delivery is at least once: after a partly failed delivery the retry sends every reply again, and a duplicate
/// line is better than a question nobody saw. A turn that changed nothing is not recorded (it writes nothing) and
/// needs no record: run again on the same state it gives the same answer. A failed turn (its error handler
/// answered) saved nothing, so its retry runs afresh. The ledger is bounded (<see cref="TurnLedger"/>), and an
/// activity without an id cannot be recognised and is always run; one whose id comes back with other content (a
/// client reusing ids) is run as new (<see cref="ProcessedActivity.Fingerprint"/>).
/// </para>
/// </remarks>
public class BufferedTurnAdapter : BotAdapter
{
    private const string BufferKey = "HeelBot.Builder.Core.BufferedTurnAdapter.Replies";
    private const string RecordKey = "HeelBot.Builder.Core.BufferedTurnAdapter.Record";

    private readonly int _maxAttempts;
    private readonly ConversationState? _conversationState;
    private readonly IStatePropertyAccessor<TurnLedger>? _ledger;

    /// <summary>An adapter that runs every activity it is given (no ledger).</summary>
    public BufferedTurnAdapter(int maxAttempts = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _maxAttempts = maxAttempts;
    }

    /// <summary>An adapter that keeps a ledger of processed activity ids in <paramref name="conversationState"/>.</summary>
    public BufferedTurnAdapter(ConversationState conversationState, int maxAttempts = 3)
        : this(maxAttempts)
    {
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _ledger = conversationState.CreateProperty<TurnLedger>(TurnLedger.PropertyName);
    }

    /// <summary>
    /// Runs the turn and returns the replies it produced, in order, ready to deliver (for an activity id already
    /// processed: the replies recorded then). Updates and deletes (which cannot wait) go straight to
    /// <paramref name="delivery"/>.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, IActivityDelivery? delivery = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        for (var attempt = 1; ; attempt++)
        {
            var context = new TurnContext(this, activity.Clone());
            var replies = new List<Activity>();
            context.TurnState.Set(BufferKey, replies);
            if (delivery is not null)
            {
                context.TurnState.Add(delivery);
            }

            try
            {
                await RunGuardedAsync(context, ct => RunOnceAsync(context, callback, ct), cancellationToken).ConfigureAwait(false);
                return replies;
            }
            catch (StorageConflictException) when (attempt < _maxAttempts)
            {
                // Someone else saved this conversation first: drop our replies and run on their state.
            }
        }
    }

    /// <summary>Drops what the turn has said so far (a failed turn answers with an apology only).</summary>
    public static void DiscardReplies(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Get<List<Activity>>(BufferKey)?.Clear();
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var buffer = turnContext.TurnState.Get<List<Activity>>(BufferKey)
            ?? throw new InvalidOperationException("SendActivitiesAsync outside a turn run by this adapter.");
        buffer.AddRange(activities);

        // The record is the object the ledger holds: counting the replies there makes a reply sent after the state was
        // saved a change of the state, so the closing save writes the record's slot again with it.
        if (turnContext.TurnState.Get<ProcessedActivity>(RecordKey) is { } record)
        {
            record.ReplyCount += activities.Length;
        }

        return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
    }

    public override async Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        await Delivery(turnContext).UpdateAsync(activity, cancellationToken).ConfigureAwait(false);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Delivery(turnContext).DeleteAsync(reference, cancellationToken);

    protected override bool IsRetryable(Exception exception) => exception is StorageConflictException;

    private static IActivityDelivery Delivery(ITurnContext turnContext) =>
        turnContext.TurnState.Get<IActivityDelivery>()
        ?? throw new InvalidOperationException("No IActivityDelivery in the turn state: updates and deletes need a channel to go to.");

    /// <summary>
    /// The ledger is looked up before the middleware, so a replayed activity is not seen as a new one by any of it
    /// (a transcript logger, say); a storage failure while it is read or written still reaches the error handler like
    /// any other failure of the turn.
    /// </summary>
    private async Task RunOnceAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var activityId = turnContext.Activity.Id;
        if (_conversationState is null || _ledger is null || string.IsNullOrEmpty(activityId))
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Reading the ledger loads the conversation state into the turn; the bot then works on that same copy.
        var ledger = await _ledger.GetAsync(turnContext, null, cancellationToken).ConfigureAwait(false);
        if (ledger?.Find(activityId) is { } processed && processed.Matches(turnContext.Activity))
        {
            var recorded = await RecordedRepliesAsync(turnContext, processed, cancellationToken).ConfigureAwait(false);
            turnContext.TurnState.Get<List<Activity>>(BufferKey)!.AddRange(recorded.Select(reply => reply.Deserialize<Activity>(BotJson.Options)!));
            return;
        }

        var record = new ProcessedActivity { ActivityId = activityId, Fingerprint = ProcessedActivity.FingerprintOf(turnContext.Activity) };
        turnContext.TurnState.Set(RecordKey, record);
        var replies = turnContext.TurnState.Get<List<Activity>>(BufferKey)!;
        _conversationState.OnWriting(turnContext, (state, stateKey, writes) =>
        {
            TurnLedger.In(state).Add(record);
            writes[TurnLedger.SlotKey(stateKey, record.ReplySlot!.Value)] = new RecordedReplies
            {
                ActivityId = activityId,
                Activities = [.. replies.Select(reply => JsonSerializer.SerializeToElement(reply, BotJson.Options))],
                ETag = ETags.Any,
            };
        });
        await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);

        // A bot that saves before its last reply (or not at all) still gets every reply into the record; a bot that
        // saved after it, or changed nothing, writes nothing here.
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The replies recorded for <paramref name="processed"/>: in the record itself when it predates reply slots, else in
    /// its slot, provided the slot still holds this activity's replies. None when the record is too old to replay.
    /// </summary>
    private async Task<IReadOnlyList<JsonElement>> RecordedRepliesAsync(ITurnContext turnContext, ProcessedActivity processed, CancellationToken cancellationToken)
    {
        if (processed.Replies is { } inline)
        {
            return inline;
        }

        if (processed.ReplySlot is not { } slot)
        {
            return [];
        }

        var key = TurnLedger.SlotKey(_conversationState!.GetStorageKey(turnContext), slot);
        var items = await _conversationState.Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item) && item is RecordedReplies recorded
            && string.Equals(recorded.ActivityId, processed.ActivityId, StringComparison.Ordinal)
                ? recorded.Activities
                : [];
    }
}
