namespace HeelBot.Builder.Core;

/// <summary>
/// The activity ids a conversation has already processed, newest last, kept in its conversation state by
/// <see cref="BufferedTurnAdapter"/>. Bounded: the newest <see cref="MaxRecords"/> ids are remembered, and the replies
/// of the newest <see cref="MaxReplayable"/> of them (a channel retries within seconds, and the record of a
/// double-clicked button must survive the click that raced it). The replies are not in the state itself, which every
/// turn reads and writes, but in <see cref="MaxReplayable"/> slots beside it (<see cref="SlotKey"/>), used in turn and
/// each written once, with the state that records it.
/// </summary>
public sealed record TurnLedger
{
    /// <summary>The name of the conversation-state property the ledger is stored under.</summary>
    public const string PropertyName = "TurnLedger";

    public const int MaxRecords = 20;

    public const int MaxReplayable = 4;

    public List<ProcessedActivity> Processed { get; init; } = [];

    /// <summary>The slot the next new record's replies go to.</summary>
    public int NextSlot { get; set; }

    /// <summary>The key of reply slot <paramref name="slot"/> of the conversation state under <paramref name="stateKey"/>.</summary>
    public static string SlotKey(string stateKey, int slot) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stateKey}#replies/{slot}");

    public ProcessedActivity? Find(string activityId) =>
        Processed.LastOrDefault(record => string.Equals(record.ActivityId, activityId, StringComparison.Ordinal));

    /// <summary>
    /// Adds the record as the newest (once, however often a turn writes), gives it a reply slot the first time, and
    /// trims the oldest.
    /// </summary>
    public void Add(ProcessedActivity record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Processed.RemoveAll(existing => string.Equals(existing.ActivityId, record.ActivityId, StringComparison.Ordinal));
        Processed.Add(record);
        if (record.ReplySlot is null)
        {
            record.ReplySlot = NextSlot;
            NextSlot = (NextSlot + 1) % MaxReplayable;
        }

        if (Processed.Count > MaxRecords)
        {
            Processed.RemoveRange(0, Processed.Count - MaxRecords);
        }

        for (var i = 0; i < Processed.Count - MaxReplayable; i++)
        {
            Processed[i].Replies = null;
            Processed[i].ReplySlot = null;
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
