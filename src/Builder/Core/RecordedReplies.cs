using System.Text.Json;
using HeelBot.Builder.State;

namespace HeelBot.Builder.Core;

/// <summary>
/// The replies of one processed activity, exactly as they were handed to the channel (wire JSON), stored beside the
/// conversation state in a <see cref="TurnLedger"/> slot (<see cref="TurnLedger.SlotKey"/>). Written in the same atomic
/// write as the state that records the activity, and read only when a channel retries it.
/// </summary>
public sealed class RecordedReplies : IStoreItem
{
    /// <summary>Whose replies these are: a slot is reused once its activity is too old to be replayed.</summary>
    public string ActivityId { get; set; } = string.Empty;

    public List<JsonElement> Activities { get; set; } = [];

    public string? ETag { get; set; }
}
