namespace HeelBot.Builder.Core;

/// <summary>
/// The activity ids a conversation has already processed, newest last, kept in its conversation state by
/// <see cref="BufferedTurnAdapter"/>. Bounded: the newest <see cref="MaxRecords"/> ids are remembered, and the replies
/// of the newest <see cref="MaxReplayable"/> of them (a channel retries within seconds, and the record of a
/// double-clicked button must survive the click that raced it).
/// </summary>
public sealed record TurnLedger
{
    /// <summary>The name of the conversation-state property the ledger is stored under.</summary>
    public const string PropertyName = "TurnLedger";

    public const int MaxRecords = 20;

    public const int MaxReplayable = 4;

    public List<ProcessedActivity> Processed { get; init; } = [];

    public ProcessedActivity? Find(string activityId) =>
        Processed.LastOrDefault(record => string.Equals(record.ActivityId, activityId, StringComparison.Ordinal));

    /// <summary>Adds the record as the newest (once, however often a turn writes) and trims the oldest.</summary>
    public void Add(ProcessedActivity record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Processed.RemoveAll(existing => string.Equals(existing.ActivityId, record.ActivityId, StringComparison.Ordinal));
        Processed.Add(record);
        if (Processed.Count > MaxRecords)
        {
            Processed.RemoveRange(0, Processed.Count - MaxRecords);
        }

        for (var i = 0; i < Processed.Count - MaxReplayable; i++)
        {
            Processed[i].Replies = null;
        }
    }

    /// <summary>The ledger in a state's properties, added to them when there is none yet.</summary>
    internal static TurnLedger In(IDictionary<string, object> state)
    {
        if (state.TryGetValue(PropertyName, out var value) && value is TurnLedger ledger)
        {
            return ledger;
        }

        // A ledger the turn never read as typed (the state was cleared and refilled) is started afresh: losing the
        // ids of older turns only means that a very late retry of one of them is answered as a new message.
        ledger = new TurnLedger();
        state[PropertyName] = ledger;
        return ledger;
    }
}
