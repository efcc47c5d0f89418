using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Core;

/// <summary>
/// One activity the bot has processed, kept in the conversation's <see cref="TurnLedger"/>: its id and, while it is
/// among the newest, where the replies the turn produced are kept (<see cref="ReplySlot"/>), exactly as they were
/// handed to the channel, so a channel's retry of the same id gets the same answer again instead of a second turn.
/// </summary>
public sealed record ProcessedActivity
{
    public string ActivityId { get; init; } = string.Empty;

    /// <summary>
    /// What the activity said (<see cref="FingerprintOf"/>): a retry says the same, so an id that comes back with other
    /// content is a client reusing ids, and is run as the new activity it is rather than answered from this record.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// The turn's replies in order, in records written before replies moved to slots; null in newer records and once
    /// the record is too old to be replayed.
    /// </summary>
    public List<JsonElement>? Replies { get; set; }

    /// <summary>The ledger slot its replies are in (<see cref="TurnLedger.SlotKey"/>); null once too old to be replayed.</summary>
    public int? ReplySlot { get; set; }

    /// <summary>
    /// How many replies the turn has sent. Part of the state, so a reply sent after the bot saved its state changes the
    /// state, and the adapter's closing save writes the slot again with every reply.
    /// </summary>
    public int ReplyCount { get; set; }

    /// <summary>A short hash of the activity's type, sender, text and value.</summary>
    public static string FingerprintOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var content = string.Join('\n', activity.Type, activity.From?.Id, activity.Text, activity.Value?.GetRawText());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16];
    }

    public bool Matches(Activity activity) => Fingerprint is null || Fingerprint == FingerprintOf(activity);
}
